import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getAllArticles, getArticle, getContentStore, loadStore, pagesChangedSinceBuild, resetContentIndex } from '@/lib/content';
import { compilationKey, compiledDir, readCompiled, writeCompiled } from '@/lib/content/compiled';
import { buildContentCompilation } from '../../../next.config';
import { loadContent } from '@/lib/content/load';
import { getSearchIndex, searchArticles } from '@/lib/search';
import { compileSearchIndex } from '@/lib/search/compile';
import { checkContent } from '../../../scripts/content-workers';
import { contentWith, NOW } from './helpers';

const env = { ...process.env };
const made: string[] = [];

/** A copy of the valid fixtures, compiled the way `npm run content:check` does it. */
async function compiledCopy(): Promise<{ dir: string; publicDir: string }> {
  const content = contentWith();
  const { loaded, searchFiles } = await checkContent({ contentDir: content.dir, publicDir: content.publicDir, now: NOW });
  expect(loaded.issues).toEqual([]);
  writeCompiled({ contentDir: content.dir, ...loaded, extra: searchFiles });
  made.push(compiledDir(content.dir));
  return content;
}

beforeEach(() => resetContentIndex());
afterAll(() => {
  process.env = env;
  resetContentIndex();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the compiled content', () => {
  it('holds what the check read, and the server loads it instead of the Markdown', async () => {
    const { dir, publicDir } = await compiledCopy();
    const compiled = readCompiled(dir);
    expect(compiled).toBeDefined();
    const direct = loadContent({ contentDir: dir, publicDir, now: NOW });
    expect(compiled!.manifest.articles).toEqual(direct.articles);
    expect(compiled!.text('de/klarna-halbiert-belegschaft')).toBe(direct.texts.get('de/klarna-halbiert-belegschaft'));
    const store = loadStore({ contentDir: dir, publicDir });
    expect(store.compiled?.dir).toBe(compiledDir(dir));
    expect(store.articles).toEqual(direct.articles);
  });

  it('is ignored once a file of the folder changes, so an edit without a new check is never hidden', async () => {
    const { dir, publicDir } = await compiledCopy();
    const file = path.join(dir, 'articles', 'de', 'klarna-halbiert-belegschaft.md');
    fs.appendFileSync(file, '\nEin neuer Absatz nach der Prüfung.\n');
    expect(readCompiled(dir)).toBeUndefined();
    const store = loadStore({ contentDir: dir, publicDir });
    expect(store.compiled).toBeUndefined();
    expect(store.text('de/klarna-halbiert-belegschaft')).toContain('Ein neuer Absatz nach der Prüfung.');
  });

  it('renders an article body from its Markdown file when a page asks for it', async () => {
    const { dir, publicDir } = await compiledCopy();
    process.env.CONTENT_DIR = dir;
    process.env.PUBLIC_DIR = publicDir;
    const article = getArticle('de', 'klarna-halbiert-belegschaft');
    expect(getContentStore().compiled).toBeDefined();
    expect(article?.html).toContain('<h2 id="fazit">Fazit</h2>');
    expect(article?.headings.map((h) => h.id)).toContain('fazit');
  });

  it('serves search from the prepared index with the same hits and snippets as an index built in place', async () => {
    const { dir, publicDir } = await compiledCopy();
    process.env.CONTENT_DIR = dir;
    process.env.PUBLIC_DIR = publicDir;
    expect(getContentStore().compiled).toBeDefined();
    const fromFile = await searchArticles('de', 'Kundenservice Klarna');
    expect((await getSearchIndex('de')).docs.size).toBeGreaterThan(0);

    const direct = loadContent({ contentDir: dir, publicDir, now: NOW });
    const source = { ...direct, text: (key: string) => direct.texts.get(key) };
    const json = compileSearchIndex(source, 'de').json;
    expect(fs.readFileSync(path.join(compiledDir(dir), 'search-de.json'), 'utf8')).toBe(json);
    expect(fromFile.total).toBeGreaterThan(0);
    expect(fromFile.hits[0]?.snippet.some((s) => s.hit)).toBe(true);
  });
});

describe('the parallel check', () => {
  it('gives the same articles, texts and problems as reading in one thread', async () => {
    const content = contentWith([{ fixture: 'missing-title.md' }, { fixture: 'broken-date.md' }, { fixture: 'h1-in-body.md' }]);
    process.env.CONTENT_CHECK_PARALLEL_FROM = '1';
    try {
      const { loaded } = await checkContent({ contentDir: content.dir, publicDir: content.publicDir, now: NOW });
      const direct = loadContent({ contentDir: content.dir, publicDir: content.publicDir, now: NOW });
      expect(loaded.issues.length).toBeGreaterThan(0);
      expect(loaded.issues).toEqual(direct.issues);
      expect(loaded.articles).toEqual(direct.articles);
      expect(loaded.texts).toEqual(direct.texts);
    } finally {
      delete process.env.CONTENT_CHECK_PARALLEL_FROM;
    }
  });
});

describe('prerendered pages after a start', () => {
  it('are current when the server has the compilation the build recorded and nothing went live since', async () => {
    const { dir, publicDir } = await compiledCopy();
    const key = buildContentCompilation(dir);
    expect(key).toBe(compilationKey(readCompiled(dir)!.manifest));
    process.env.CONTENT_DIR = dir;
    process.env.PUBLIC_DIR = publicDir;
    const compiledAt = Date.parse(getContentStore().compiled!.manifest.compiledAt);
    process.env.BUILD_CONTENT_COMPILATION = key;
    expect(pagesChangedSinceBuild(compiledAt)).toBe(false);
    // An article whose time lies between the compilation and now makes them stale.
    const newest = Date.parse(getAllArticles('de')[0]!.date);
    expect(newest).toBeLessThan(compiledAt);
    expect(pagesChangedSinceBuild(newest - 1)).toBe(true);
    // Another compilation (or none recorded): expire them.
    process.env.BUILD_CONTENT_COMPILATION = `${key}x`;
    expect(pagesChangedSinceBuild(compiledAt)).toBe(true);
    delete process.env.BUILD_CONTENT_COMPILATION;
    expect(pagesChangedSinceBuild(compiledAt)).toBe(true);
  });
});
