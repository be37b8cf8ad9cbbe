import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCE_DIRS = ['app', 'components', 'lib'];
// The site's own origin may only come from lib/site.ts (SITE_URL); third-party endpoints and XML
// namespaces are fine elsewhere.
const OWN_ORIGIN = /\b(?:https?:\/\/)?(?:localhost(?::\d+)?|127\.0\.0\.1(?::\d+)?|[\w-]+\.technow\.[a-z]+|technow\.(?:example|de|com|io))\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fonts' ? [] : sourceFiles(full);
    return /\.(?:ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

describe('one site URL', () => {
  it('no source file outside lib/site.ts names the site origin', () => {
    const offenders = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter((file) => path.relative(ROOT, file) !== path.join('lib', 'site.ts'))
      .filter((file) => OWN_ORIGIN.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the pattern recognises a hard-coded origin', () => {
    expect(OWN_ORIGIN.test("const url = 'http://localhost:3000/de';")).toBe(true);
    expect(OWN_ORIGIN.test("fetch('https://news.technow.de/feed.xml')")).toBe(true);
    expect(OWN_ORIGIN.test("const ns = 'http://www.sitemaps.org/schemas/sitemap/0.9';")).toBe(false);
  });
});
