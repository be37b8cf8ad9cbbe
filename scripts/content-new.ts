/**
 * Creates a new article file with valid front matter, a transliterated slug and a key-facts skeleton.
 * Refuses to overwrite an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toZonedIso } from '@/lib/content/dates';
import { formatMatchesExtension, MIN_COVER_WIDTH, readImageInfo } from '@/lib/content/load';
import { slugify } from '@/lib/content/slug';
import { ARTICLE_TEMPLATE, templateBody } from '@/lib/content/template';
import { isLocale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

const HELP = `Usage: npm run content:new -- --lang de --title "Titel des Artikels" [--category business] [--author oliver-welling] [--slug eigener-slug] [--cover bild.jpg --alt "Was zu sehen ist"]

Writes content/articles/<lang>/<slug>.md with front matter that passes the content check:
the slug is made from the title (ä→ae, ö→oe, ü→ue, ß→ss), the date is now (Europe/Berlin),
and the article starts as a draft with five key facts to fill in.

Options:
  --lang <de|en>       language of the article (required)
  --title <text>       headline (required)
  --category <slug>    category from content/categories/ (default: the first one)
  --author <slug>      author from content/authors/ (default: the first one)
  --slug <slug>        file name instead of the one made from the title
  --cover <file>       image (PNG, JPEG, WebP or AVIF, at least ${MIN_COVER_WIDTH} px wide) to copy to
                       public/images/articles/<slug>.<ext> as the cover; its size is read from the file
  --alt <text>         the cover's alt text: what the image shows, for readers who cannot see it.
                       Without it a placeholder is written that the content check refuses to publish
  --dir <folder>       content folder (default: $CONTENT_DIR or ./content)
  --help               show this help`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function slugsIn(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort() : [];
}

const yamlString = (s: string) => JSON.stringify(s);

const COVER_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif'];

/**
 * Checks the image an editor passed with --cover before anything is written, so a bad image never
 * leaves a half-created article behind: same rules as the content check.
 */
function prepareCover(given: string, slug: string): { from: string; target: string; src: string; width: number; height: number } {
  const from = path.resolve(given);
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) fail(`--cover: found "${given}" (no such file), expected an image file`);
  const ext = path.extname(from).slice(1).toLowerCase();
  if (!COVER_EXTENSIONS.includes(ext)) fail(`--cover: found "${given}", expected a file ending in .png, .jpg, .jpeg, .webp or .avif`);
  const info = readImageInfo(from);
  if (!info.ok) fail(`--cover: found "${given}", which is not a readable image (${info.reason}), expected a PNG, JPEG, WebP or AVIF image`);
  if (!formatMatchesExtension(info.format, ext)) fail(`--cover: found "${given}", which holds a ${info.format.toUpperCase()} image, expected a file whose format matches its extension .${ext}`);
  if (info.width < MIN_COVER_WIDTH) fail(`--cover: found ${info.width} × ${info.height} px, expected an image at least ${MIN_COVER_WIDTH} px wide`);
  const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
  const src = `/images/articles/${slug}.${ext}`;
  const target = path.join(publicDir, src);
  if (fs.existsSync(target)) fail(`${path.relative(process.cwd(), target)} already exists: choose another --slug or remove the old image`);
  return { from, target, src, width: info.width, height: info.height };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      title: { type: 'string' },
      category: { type: 'string' },
      author: { type: 'string' },
      slug: { type: 'string' },
      cover: { type: 'string' },
      alt: { type: 'string' },
      dir: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  const contentDir = path.resolve(values.dir ?? process.env.CONTENT_DIR ?? 'content');
  if (!values.lang || !isLocale(values.lang)) fail(`--lang: found ${values.lang ? `"${values.lang}"` : 'nothing'}, expected de or en (see --help)`);
  const title = values.title?.trim();
  if (!title) fail('--title: found nothing, expected the headline in quotes (see --help)');
  const lang = values.lang;

  const categories = slugsIn(path.join(contentDir, 'categories'));
  const authors = slugsIn(path.join(contentDir, 'authors'));
  const category = values.category ?? categories[0];
  const author = values.author ?? authors[0];
  if (!category || !categories.includes(category)) fail(`--category: found "${category ?? ''}", expected one of ${categories.join(', ')}`);
  if (!author || !authors.includes(author)) fail(`--author: found "${author ?? ''}", expected one of ${authors.join(', ')}`);

  const slug = values.slug ? slugify(values.slug) : slugify(title);
  if (!slug) fail(`--title: "${title}" gives an empty slug, pass --slug`);
  const file = path.join(contentDir, 'articles', lang, `${slug}.md`);
  if (fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)} already exists: choose another --title or --slug`);

  const template = ARTICLE_TEMPLATE[lang];
  const alt = values.alt?.trim();
  if (values.alt !== undefined && !alt) fail('--alt: found nothing, expected a description of what the image shows');
  if (alt && !values.cover) fail('--alt: given without --cover');
  const cover = values.cover ? prepareCover(values.cover, slug) : undefined;

  const now = toZonedIso(Math.floor(Date.now() / 60_000) * 60_000, siteConfig.timeZone);
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(template.description)}`,
    `lead: ${yamlString(template.lead)}`,
    `date: ${now}`,
    'authors:',
    `  - ${author}`,
    `category: ${category}`,
    'tags:',
    '  - KünstlicheIntelligenz',
    'keyFacts:',
    ...[1, 2, 3, 4, 5].flatMap((n) => [`  - label: ${yamlString(`${template.keyFactLabel} ${n}`)}`, `    text: ${yamlString(template.keyFactText)}`]),
    ...(cover ? ['cover:', `  src: ${cover.src}`, `  alt: ${yamlString(alt ?? template.coverAlt)}`] : []),
    `translationKey: ${slug}`,
    'draft: true',
    '---',
    '',
    templateBody(template),
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, front, { flag: 'wx' });
  if (cover) {
    fs.mkdirSync(path.dirname(cover.target), { recursive: true });
    fs.copyFileSync(cover.from, cover.target, fs.constants.COPYFILE_EXCL);
    console.log(`✓ Copied the cover to ${path.relative(process.cwd(), cover.target)} (${cover.width} × ${cover.height} px).`);
    if (!alt) console.log(`! The cover has no alt text yet: replace "${template.coverAlt}" before publishing (or pass --alt next time).`);
  }
  console.log(`✓ Created ${path.relative(process.cwd(), file)} (draft). Fill in the fields, set "draft: false" to publish, then run npm run content:check.`);
}

main();
