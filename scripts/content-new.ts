/**
 * Creates a new article file with valid front matter, a transliterated slug and a key-facts skeleton.
 * Refuses to overwrite an existing file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toZonedIso } from '@/lib/content/dates';
import { slugify } from '@/lib/content/slug';
import { isLocale } from '@/lib/i18n/settings';
import { siteConfig } from '@/lib/site';

const HELP = `Usage: npm run content:new -- --lang de --title "Titel des Artikels" [--category business] [--author oliver-welling] [--slug eigener-slug]

Writes content/articles/<lang>/<slug>.md with front matter that passes the content check:
the slug is made from the title (ä→ae, ö→oe, ü→ue, ß→ss), the date is now (Europe/Berlin),
and the article starts as a draft with five key facts to fill in.

Options:
  --lang <de|en>       language of the article (required)
  --title <text>       headline (required)
  --category <slug>    category from content/categories/ (default: the first one)
  --author <slug>      author from content/authors/ (default: the first one)
  --slug <slug>        file name instead of the one made from the title
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

function main(): void {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string' },
      title: { type: 'string' },
      category: { type: 'string' },
      author: { type: 'string' },
      slug: { type: 'string' },
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

  const now = toZonedIso(Math.floor(Date.now() / 60_000) * 60_000, siteConfig.timeZone);
  const facts = lang === 'de' ? 'Kernaussage' : 'Key point';
  const text = lang === 'de' ? 'Ein Satz, der den Punkt erklärt.' : 'One sentence that explains the point.';
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(lang === 'de' ? 'Worum es geht, in einem Satz für Suchmaschinen und Vorschauen (50 bis 160 Zeichen).' : 'What the story is about, in one sentence for search engines and previews (50–160 chars).')}`,
    `lead: ${yamlString(lang === 'de' ? 'Der Vorspann: ein bis zwei Sätze, die Lust aufs Weiterlesen machen.' : 'The lead: one or two sentences that make readers want more.')}`,
    `date: ${now}`,
    'authors:',
    `  - ${author}`,
    `category: ${category}`,
    'tags:',
    '  - KünstlicheIntelligenz',
    'keyFacts:',
    ...[1, 2, 3, 4, 5].flatMap((n) => [`  - label: ${yamlString(`${facts} ${n}`)}`, `    text: ${yamlString(text)}`]),
    `translationKey: ${slug}`,
    'draft: true',
    '---',
    '',
    lang === 'de' ? '## Erste Zwischenüberschrift\n\nHier beginnt der Text.\n\n## Fazit\n\nDie Einordnung zum Schluss.\n' : '## First sub-heading\n\nThe text starts here.\n\n## Conclusion\n\nThe verdict at the end.\n',
  ].join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, front, { flag: 'wx' });
  console.log(`✓ Created ${path.relative(process.cwd(), file)} (draft). Fill in the fields, set "draft: false" to publish, then run npm run content:check.`);
}

main();
