/**
 * Reads what `next build` leaves in the dist dir: first-load JavaScript per route (gzip), prerendered
 * HTML, client chunks. Shared by `npm run bench` and the budget test (tests/e2e/budgets.spec.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteBundle {
  route: string;
  /** Sum of the gzip sizes of the route's first-load chunks. */
  gzipBytes: number;
  rawBytes: number;
  chunks: string[];
}

interface RawRow {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

export function distDir(): string {
  return path.resolve(process.env.NEXT_DIST_DIR ?? '.next');
}

export function statsFile(dist: string): string {
  return path.join(dist, 'diagnostics', 'route-bundle-stats.json');
}

const gzipCache = new Map<string, number>();
export function gzipSize(file: string): number {
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  const size = gzipSync(fs.readFileSync(file), { level: 9 }).length;
  gzipCache.set(file, size);
  return size;
}

/**
 * First-load JavaScript per App Router page. Chunk paths in the stats file are relative to the
 * project folder (the build's cwd); `projectDir` resolves them.
 */
export function readRouteBundles(dist: string, projectDir = process.cwd()): RouteBundle[] {
  const rows = JSON.parse(fs.readFileSync(statsFile(dist), 'utf8')) as RawRow[];
  return rows.map((row) => {
    const files = row.firstLoadChunkPaths.map((p) => path.resolve(projectDir, p));
    const missing = files.filter((f) => !fs.existsSync(f));
    if (missing.length > 0) throw new Error(`${row.route}: chunk ${missing[0]} listed in route-bundle-stats.json does not exist`);
    return {
      route: row.route,
      rawBytes: row.firstLoadUncompressedJsBytes,
      gzipBytes: files.reduce((sum, f) => sum + gzipSize(f), 0),
      chunks: files,
    };
  });
}

/** Every file under a folder, recursively. */
export function walk(dir: string, filter: (file: string) => boolean = () => true): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, filter));
    else if (entry.isFile() && filter(full)) out.push(full);
  }
  return out;
}

/** Client-side JavaScript: everything the browser can ever download from /_next/static. */
export function clientChunks(dist: string): string[] {
  return walk(path.join(dist, 'static'), (f) => f.endsWith('.js'));
}

/** Server-side JavaScript, the positive control for library fingerprints. */
export function serverChunks(dist: string): string[] {
  return walk(path.join(dist, 'server'), (f) => f.endsWith('.js'));
}

/** Prerendered HTML of a route path such as "/de/articles/x" (undefined if it was not prerendered). */
export function prerenderedHtml(dist: string, routePath: string): string | undefined {
  const file = path.join(dist, 'server', 'app', `${routePath.replace(/^\//, '')}.html`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** All prerendered article pages of a language: [slug, file]. */
export function prerenderedArticles(dist: string, lang: string): { slug: string; file: string }[] {
  const dir = path.join(dist, 'server', 'app', lang, 'articles');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ slug: f.slice(0, -5), file: path.join(dir, f) }));
}

/**
 * Strings that survive minification and identify a library in a bundle. Each is a literal error
 * message from the package's own source (checked against node_modules by the budget test).
 */
export const LIBRARY_FINGERPRINTS: Record<string, { module: string; marker: string }[]> = {
  remark: [
    { module: 'unified/lib/index.js', marker: 'Expected a list of plugins, not `' },
    { module: 'mdast-util-to-markdown/lib/index.js', marker: 'Cannot handle unknown node `' },
  ],
  'gray-matter': [
    { module: 'gray-matter/lib/engines.js', marker: 'stringifying JavaScript is not supported' },
    { module: 'js-yaml/lib/js-yaml/dumper.js', marker: 'unacceptable kind of an object to dump ' },
  ],
  zod: [{ module: 'zod/v4/locales/en.js', marker: 'Invalid input: more than one option matched' }],
};
