import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { LIBRARY_FINGERPRINTS, clientChunks, distDir, prerenderedArticles, readRouteBundles, serverChunks, statsFile } from '../../scripts/bench/build-output';

/**
 * Performance budgets, checked from the build output of NEXT_DIST_DIR (default .next), never from
 * timings. `npm test` always builds first; without a build these tests are skipped, and say so.
 */
const dist = distDir();
const hasBuild = fs.existsSync(statsFile(dist));
const FLOOR_ROUTE = '/_not-found';
const FLOOR_ALLOWANCE = 0.03;
const ARTICLE_HTML_GZIP_LIMIT = 30 * 1024;

test.describe('performance budgets (build output)', () => {
  test.skip(!hasBuild, `no build output at ${statsFile(dist)}: run \`next build\` (with the same NEXT_DIST_DIR) first`);

  test('first-load JavaScript of every page is within 3 % of the /_not-found floor', () => {
    const bundles = readRouteBundles(dist);
    const floor = bundles.find((b) => b.route === FLOOR_ROUTE);
    expect(floor, `${FLOOR_ROUTE} missing from route-bundle-stats.json`).toBeDefined();
    const limit = floor!.gzipBytes * (1 + FLOOR_ALLOWANCE);
    const over = bundles
      .filter((b) => b.gzipBytes > limit)
      .map((b) => `${b.route}: ${(b.gzipBytes / 1024).toFixed(1)} KB gzip (+${((b.gzipBytes / floor!.gzipBytes - 1) * 100).toFixed(1)} %)`);
    expect(bundles.length).toBeGreaterThan(3);
    expect(over, `floor ${(floor!.gzipBytes / 1024).toFixed(1)} KB, limit ${(limit / 1024).toFixed(1)} KB`).toEqual([]);
  });

  test('every prerendered article page is under 30 KB of HTML (gzip)', () => {
    const articles = [...prerenderedArticles(dist, 'de'), ...prerenderedArticles(dist, 'en')];
    expect(articles.length, 'no prerendered article pages in the build').toBeGreaterThan(0);
    const over = articles
      .map((a) => ({ slug: a.slug, gzip: gzipSync(fs.readFileSync(a.file), { level: 6 }).length }))
      .filter((a) => a.gzip > ARTICLE_HTML_GZIP_LIMIT)
      .map((a) => `${a.slug}: ${(a.gzip / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  test('pages preload one font file, the Latin Inter variable face, and nothing else', () => {
    // Every extra preload sits in front of the first paint on a slow connection (see app/fonts/fonts.ts).
    const pages = [...prerenderedArticles(dist, 'de'), ...prerenderedArticles(dist, 'en')].map((a) => a.file);
    pages.push(path.join(dist, 'server/app/de.html'), path.join(dist, 'server/app/en.html'));
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const fonts = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => path.basename(m[1]!));
      expect(fonts, path.relative(dist, file)).toHaveLength(1);
      expect(fonts[0], path.relative(dist, file)).toMatch(/^inter_latin_wght_normal-/);
    }
  });

  test('pages wait for at most two small stylesheets and never carry the CSS in their HTML', () => {
    // next.config.ts (inlineCss off): inlined CSS went into every page twice, as <style> and inside
    // the RSC payload. The stylesheets are fetched once and cached for every further page.
    const pages = [...prerenderedArticles(dist, 'de'), ...prerenderedArticles(dist, 'en')].map((a) => a.file);
    pages.push(path.join(dist, 'server/app/de.html'), path.join(dist, 'server/app/en.html'));
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length, path.relative(dist, file)).toBeGreaterThan(0);
      expect(sheets.length, path.relative(dist, file)).toBeLessThanOrEqual(2);
      const gzip = sheets.reduce((n, href) => n + gzipSync(fs.readFileSync(path.join(dist, href.replace(/^\/_next\//, '')))).length, 0);
      expect(gzip, `${path.relative(dist, file)}: ${sheets.join(', ')}`).toBeLessThan(12 * 1024);
      expect(html, path.relative(dist, file)).not.toContain('@font-face');
    }
  });

  test('the Latin font files a page can need before its largest paint stay under 70 KB', () => {
    // Inter (preloaded) and Source Serif 400 + 700, as app/fonts/subset-fonts.sh makes them: 64 KB
    // (the @fontsource files as shipped: 90 KB). The Latin Extended faces load only for such glyphs.
    const media = path.join(dist, 'static/media');
    const files = fs.readdirSync(media).filter((f) => /^(inter_latin_wght|source_serif_4_latin_(400|700))_normal.*\.woff2$/.test(f));
    expect(files).toHaveLength(3);
    const bytes = files.reduce((n, f) => n + fs.statSync(path.join(media, f)).size, 0);
    expect(bytes, files.join(', ')).toBeLessThan(70 * 1024);
  });

  test('pages with a cover image up top preload exactly that one image, at high priority', () => {
    // The largest paint of home, article and listing pages is their first cover image; more image
    // preloads, or one at the default (low) priority, delay it on a slow connection.
    const pages = [...prerenderedArticles(dist, 'de'), ...prerenderedArticles(dist, 'en')].map((a) => a.file);
    for (const lang of ['de', 'en']) {
      pages.push(path.join(dist, `server/app/${lang}.html`), path.join(dist, `server/app/${lang}/category/business.html`));
    }
    for (const file of pages) {
      const html = fs.readFileSync(file, 'utf8');
      const preloads = [...html.matchAll(/<link rel="preload" as="image"[^>]*>/g)].map((m) => m[0]);
      expect(preloads, path.relative(dist, file)).toHaveLength(1);
      expect(preloads[0], path.relative(dist, file)).toContain('fetchPriority="high"');
      const firstImage = /<img [^>]*srcSet="([^"]+)"/.exec(html)?.[1];
      expect(preloads[0], path.relative(dist, file)).toContain(`imageSrcSet="${firstImage}"`);
    }
  });

  test('no client bundle contains remark, gray-matter or zod', () => {
    const client = clientChunks(dist);
    const server = serverChunks(dist);
    expect(client.length).toBeGreaterThan(0);
    const clientText = client.map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));
    const serverText = server.filter((f) => !f.endsWith('.map')).map((f) => fs.readFileSync(f, 'utf8'));
    const found: string[] = [];
    for (const [library, prints] of Object.entries(LIBRARY_FINGERPRINTS)) {
      for (const { module, marker } of prints) {
        // The fingerprint must really be in the package, or this test could not fail.
        expect(fs.readFileSync(path.join('node_modules', module), 'utf8'), `${module} no longer contains "${marker}"`).toContain(marker);
        for (const { f, text } of clientText) if (text.includes(marker)) found.push(`${library} in ${path.relative(dist, f)}`);
      }
      // Positive control where the server really uses the library: the fingerprint survives bundling.
      if (library !== 'zod') {
        expect(
          prints.some(({ marker }) => serverText.some((t) => t.includes(marker))),
          `${library} fingerprint not found in the server bundle: the markers no longer survive bundling`,
        ).toBe(true);
      }
    }
    expect(found).toEqual([]);
  });

  test('no client bundle, and no article page, carries the Markdown of other articles', () => {
    const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
    // A long sentence from the middle of each body: not the title, description or lead shown on cards.
    const samples: { slug: string; lang: string; text: string }[] = [];
    for (const lang of ['de', 'en']) {
      const dir = path.join(contentDir, 'articles', lang);
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const body = fs.readFileSync(path.join(dir, file), 'utf8').split(/\n---\s*\n/).slice(1).join('\n');
        const paragraphs = body.split(/\n\s*\n/).filter((p) => /^[A-ZÄÖÜ]/.test(p) && !p.includes('|') && p.length > 120);
        const middle = paragraphs[Math.floor(paragraphs.length / 2)];
        // A plain-text run of 60 characters, free of Markdown and HTML-escaped characters.
        const run = middle?.match(/[A-Za-zÄÖÜäöüß0-9 ,.]{60,}/)?.[0]?.slice(0, 60);
        if (run) samples.push({ slug: file.slice(0, -3), lang, text: run });
      }
    }
    expect(samples.length, `no article bodies found in ${contentDir}`).toBeGreaterThan(0);
    const client = clientChunks(dist).map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }));
    const leaks: string[] = [];
    for (const s of samples) for (const c of client) if (c.text.includes(s.text)) leaks.push(`${s.lang}/${s.slug} in ${path.basename(c.f)}`);
    for (const lang of ['de', 'en']) {
      for (const page of prerenderedArticles(dist, lang)) {
        const html = fs.readFileSync(page.file, 'utf8');
        for (const s of samples) if (!(s.lang === lang && s.slug === page.slug) && html.includes(s.text)) leaks.push(`${s.lang}/${s.slug} inside ${lang}/${page.slug}.html`);
      }
    }
    expect(leaks).toEqual([]);
    // Positive control: each article page does contain its own body.
    const own = samples.find((s) => prerenderedArticles(dist, s.lang).some((p) => p.slug === s.slug));
    if (own) {
      const file = prerenderedArticles(dist, own.lang).find((p) => p.slug === own.slug)!.file;
      expect(fs.readFileSync(file, 'utf8')).toContain(own.text);
    }
  });
});
