import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getAllArticles } from '@/lib/content';
import { distDir, hasBuild, root, startServer, type RunningServer } from '../helpers/server';

/*
 * One public address, whatever renders the page: the build records the SITE_URL it was made with,
 * and an older article rendered on its first request after the start uses that address, not the
 * server's run-time SITE_URL (or its absence). Runs on the existing build (NEXT_DIST_DIR).
 */
const RUNTIME_ONLY = 'https://runtime-only.example';
let server: RunningServer | undefined;
let dataDir: string | undefined;

afterAll(() => {
  server?.child.kill('SIGKILL');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The values of one attribute on every tag matching `tag` (a regex source for the tag's start). */
function attrs(html: string, tag: string, attr: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>`, 'g'))].map((m) => new RegExp(`${attr}="([^"]+)"`).exec(m[0])?.[1] ?? '');
}

describe.skipIf(!hasBuild)(`SITE_URL comes from the build (${distDir})`, () => {
  it('an older, on-demand article uses the build’s address, not the server’s run-time SITE_URL', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-url-'));
    server = await startServer({ DATA_DIR: dataDir, SITE_URL: RUNTIME_ONLY });

    // The address the build was made for, as a prerendered page states it.
    const home = await (await fetch(`${server.base}/de`)).text();
    const canonicalHome = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
    expect(canonicalHome).toBeDefined();
    const buildOrigin = canonicalHome!.replace(/\/de$/, '');
    expect(buildOrigin).not.toBe(RUNTIME_ONLY);

    const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8')) as { routes: Record<string, unknown> };
    const older = getAllArticles('de').map((a) => `/de/articles/${a.slug}`).find((p) => !(p in manifest.routes));
    expect(older, 'an article that is rendered on first request').toBeDefined();

    const html = await (await fetch(`${server.base}${older}`)).text();
    expect(attrs(html, 'link rel="canonical"', 'href')).toEqual([`${buildOrigin}${older}`]);
    const hreflang = attrs(html, 'link rel="alternate" hrefLang', 'href');
    expect(hreflang.length).toBeGreaterThanOrEqual(2);
    for (const href of hreflang) expect(href.startsWith(`${buildOrigin}/`), href).toBe(true);
    const og = [...attrs(html, 'meta property="og:url"', 'content'), ...attrs(html, 'meta property="og:image"', 'content')];
    expect(og.length).toBeGreaterThanOrEqual(2);
    for (const url of og) expect(url.startsWith(`${buildOrigin}/`), url).toBe(true);
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([^<]+)<\/script>/g)].map((m) => m[1]!).join('\n');
    expect(jsonLd).toContain(`"${buildOrigin}${older}"`);
    expect(html).not.toContain(RUNTIME_ONLY);

    // Feeds and the sitemap, rendered or revalidated by the running server, agree.
    for (const p of ['/de/feed.xml', '/sitemap.xml']) {
      const body = await (await fetch(`${server.base}${p}`)).text();
      expect(body, p).toContain(buildOrigin);
      expect(body, p).not.toContain(RUNTIME_ONLY);
    }
  }, 120_000);
});
