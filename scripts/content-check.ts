/**
 * Validates every article, author and category and prints a summary.
 * Exit code 0 when all content is valid, 1 otherwise (also used as `prebuild`).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scheduledArticles, translationTimingWarnings } from '@/lib/content/check-report';
import { compiledDir, writeCompiled } from '@/lib/content/compiled';
import { formatIssue } from '@/lib/content/load';
import { checkContent } from './content-workers';
import { locales } from '@/lib/i18n/settings';

const HELP = `Usage: npm run content:check [-- --quiet] [-- --dir <folder>]

Checks all Markdown content (articles, authors, categories) against the schema and the
cross-file rules, and lists every problem of every file as "file: field: found …, expected …".
Lists scheduled articles with their go-live time in Berlin time and warns when the two
languages of a story would go live at different times.

Valid content is also compiled into .content-compiled/<folder>/ (metadata, body texts and the
search index), which \`next build\` and the server load instead of reading every Markdown file
again; a later edit to the folder makes it stale, and it is then ignored.

Options:
  --dir <folder>  content folder (default: $CONTENT_DIR or ./content)
  --quiet         print only problems and a one-line result
  --help          show this help

Exit code: 0 when everything is valid, 1 when any problem was found.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, quiet: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const contentDir = path.resolve(values.dir ?? process.env.CONTENT_DIR ?? 'content');
  const publicDir = path.resolve(process.env.PUBLIC_DIR ?? 'public');
  const now = new Date();
  const started = performance.now();
  const { loaded, searchFiles } = await checkContent({ contentDir, publicDir, now });
  const { articles, authors, categories, issues, texts } = loaded;

  if (issues.length > 0) {
    console.error(`✗ ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${path.relative(process.cwd(), contentDir) || contentDir}:`);
    for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
    return 1;
  }
  const dir = writeCompiled({ contentDir, articles, authors, categories, texts, extra: searchFiles });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const compiledNote = `compiled into ${path.relative(process.cwd(), compiledDir(contentDir)) || dir} in ${seconds} s`;
  // Warnings never fail the check: a staggered translation can be intended.
  const warnings = translationTimingWarnings(articles);
  if (values.quiet) {
    console.log(`✓ content valid: ${articles.length} articles, ${authors.size} authors, ${categories.size} categories; ${compiledNote}`);
    for (const w of warnings) console.warn(`  ⚠ ${w}`);
    return 0;
  }
  console.log(`✓ Content in ${path.relative(process.cwd(), contentDir) || contentDir} is valid (${compiledNote}).\n`);
  console.log('Articles per language:');
  for (const lang of locales) {
    const mine = articles.filter((a) => a.lang === lang);
    const count = (s: string) => mine.filter((a) => a.status === s).length;
    console.log(`  ${lang}: ${mine.length} (${count('published')} published, ${count('scheduled')} scheduled, ${count('draft')} draft)`);
  }
  const scheduled = scheduledArticles(articles);
  if (scheduled.length > 0) {
    console.log('\nScheduled (goes live by itself at this time, Berlin time):');
    for (const a of scheduled) console.log(`  ${a.goesLive}  ${a.file}  "${a.title}"`);
  }
  if (warnings.length > 0) {
    console.log('\nWarnings:');
    for (const w of warnings) console.log(`  ⚠ ${w}`);
  }
  console.log('\nCategories:');
  for (const c of categories.values()) {
    const per = locales.map((l) => `${l} ${articles.filter((a) => a.lang === l && a.category === c.slug).length}`).join(', ');
    console.log(`  ${c.slug.padEnd(16)} ${c.name.de} — ${per}`);
  }
  console.log('\nAuthors:');
  for (const a of authors.values()) {
    console.log(`  ${a.slug.padEnd(16)} ${a.name} — ${articles.filter((x) => x.authors.includes(a.slug)).length} articles`);
  }
  const keys = new Set(articles.map((a) => a.translationKey));
  const paired = [...keys].filter((k) => locales.every((l) => articles.some((a) => a.lang === l && a.translationKey === k))).length;
  console.log(`\nTranslations: ${paired} stories exist in all ${locales.length} languages.`);
  return 0;
}

process.exitCode = await main();
