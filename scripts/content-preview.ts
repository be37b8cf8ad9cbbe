/**
 * Prints a signed, expiring link that opens one draft or scheduled article on the running site for
 * a colleague (issue 12). The link is the permission: HMAC-SHA256 under PREVIEW_SECRET, which the
 * server must have too. Nothing is stored; a link cannot be revoked except by changing the secret.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIndex, contentDir } from '@/lib/content';
import { isLocale } from '@/lib/i18n/settings';
import { PREVIEW_DEFAULT_DAYS, PREVIEW_SECRET_MIN_LENGTH, previewSecret, signPreview } from '@/lib/preview/token';
import { siteConfig } from '@/lib/site';

const HELP = `Usage: npm run content:preview -- content/articles/de/<file>.md [--days 7] [--site https://news.example.com]

Prints a link that opens this draft or scheduled article on the running site, for ${PREVIEW_DEFAULT_DAYS} days
(or --days), with a "Vorschau – nicht veröffentlicht" banner. Only the holder of the link sees it;
the article stays invisible to everyone else until it is published.

Needs PREVIEW_SECRET (at least ${PREVIEW_SECRET_MIN_LENGTH} characters), the same value the server runs with.

Options:
  --days <n>     how long the link works (default ${PREVIEW_DEFAULT_DAYS}, at most 30)
  --site <url>   origin of the site (default: $SITE_URL, ${siteConfig.url})
  --help         show this help`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { days: { type: 'string' }, site: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) return void console.log(HELP);
  const file = positionals[0];
  if (!file) fail(`name the article file.\n\n${HELP}`);
  const secret = previewSecret();
  if (!secret) {
    fail(
      `preview is off: PREVIEW_SECRET is ${process.env.PREVIEW_SECRET ? `shorter than ${PREVIEW_SECRET_MIN_LENGTH} characters` : 'not set'}.\n` +
        `  Turn it on by giving the server and this command the same secret, e.g.\n` +
        `    export PREVIEW_SECRET="$(openssl rand -hex 32)"   # then restart the server with it (see README)`,
    );
  }
  const days = values.days === undefined ? PREVIEW_DEFAULT_DAYS : Number(values.days);
  if (!Number.isFinite(days) || days <= 0 || days > 30) fail(`--days: found "${values.days}", expected a number of days from 1 to 30`);

  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) fail(`${file}: no such file`);
  const lang = path.basename(path.dirname(absolute));
  const slug = path.basename(absolute, '.md');
  const articlesDir = path.join(contentDir(), 'articles');
  if (!isLocale(lang) || path.dirname(path.dirname(absolute)) !== articlesDir || !absolute.endsWith('.md')) {
    fail(`${file}: expected an article file such as content/articles/de/<slug>.md (under ${path.relative(process.cwd(), articlesDir) || articlesDir})`);
  }
  // The same view the server has: the article must be valid, and it must not be public already.
  const index = buildIndex({ contentDir: contentDir(), publicDir: path.resolve(process.env.PUBLIC_DIR ?? 'public'), includeUnpublished: true });
  const article = index.bySlug.get(`${lang}/${slug}`);
  if (!article) fail(`${file}: not found in the content index`);
  const origin = (values.site ?? siteConfig.url).replace(/\/+$/, '');
  if (article.status === 'published') {
    console.log(`${file} is already public: ${origin}/${lang}/articles/${slug}`);
    return;
  }
  const exp = Date.now() + days * 24 * 60 * 60 * 1000;
  const token = signPreview({ lang, slug, exp }, secret);
  const when = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone: siteConfig.timeZone }).format(exp);
  console.log(`Preview of "${article.title}" (${article.status === 'draft' ? 'draft' : 'scheduled'}), valid until ${when} (Berlin):`);
  console.log(`${origin}/api/preview?token=${token}`);
}

main();
