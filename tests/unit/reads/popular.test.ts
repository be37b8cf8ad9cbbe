import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resetContentIndex } from '@/lib/content';
import { berlinDay, shiftDay } from '@/lib/db/salt';
import { openStore } from '@/lib/store';

let dir: string;
const saved = { ...process.env };

beforeEach(async () => {
  vi.resetModules();
  // The snapshot lives on the process (processSingleton), not in the module: forget it per test.
  (await import('@/lib/popular')).resetPopularCache();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popular-'));
  process.env.DATA_DIR = dir;
  process.env.CONTENT_DIR = path.resolve('tests/fixtures/content');
  resetContentIndex();
});

afterEach(() => {
  process.env = { ...saved };
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('getPopularArticles', () => {
  it('shows editor picks first while there are no reads', async () => {
    const { getPopularArticles, refreshPopularCounts } = await import('@/lib/popular');
    await refreshPopularCounts('de');
    const list = getPopularArticles('de');
    expect(list[0]?.slug).toBe('klarna-halbiert-belegschaft');
    expect(list.every((a) => a.status === 'published')).toBe(true);
  });

  it('ranks by counted reads of the last 30 days and never lists drafts', async () => {
    const store = openStore({ kind: 'sqlite', file: path.join(dir, 'technow.sqlite') });
    const today = berlinDay(new Date());
    for (const visitor of ['v1', 'v2', 'v3']) await store.reads.record({ day: today, lang: 'de', slug: 'nvidia-wetter', visitor });
    await store.reads.record({ day: today, lang: 'de', slug: 'meta-llama', visitor: 'v1' });
    for (const visitor of ['v1', 'v2', 'v3', 'v4']) await store.reads.record({ day: today, lang: 'de', slug: 'entwurf-artikel', visitor });
    for (const visitor of ['v1', 'v2', 'v3', 'v4', 'v5']) await store.reads.record({ day: shiftDay(today, 31), lang: 'de', slug: 'meta-llama', visitor });
    await store.close();

    const { getPopularArticles, refreshPopularCounts, resetPopularCache } = await import('@/lib/popular');
    resetPopularCache();
    // A page never waits for the database: the first render shows editor picks and starts a refresh.
    expect(getPopularArticles('de', 3).map((a) => a.slug)[0]).toBe('klarna-halbiert-belegschaft');
    await refreshPopularCounts('de');
    expect(getPopularArticles('de', 3).map((a) => a.slug)).toEqual(['nvidia-wetter', 'meta-llama', 'klarna-halbiert-belegschaft']);
  });

  it('falls back to picks when the database cannot be opened', async () => {
    // A file where the data folder should be: opening the database fails, the list must not.
    const blocked = path.join(dir, 'not-a-dir');
    fs.writeFileSync(blocked, '');
    process.env.DATA_DIR = blocked;
    const { getPopularArticles, refreshPopularCounts } = await import('@/lib/popular');
    await refreshPopularCounts('de');
    expect(getPopularArticles('de', 2).map((a) => a.slug)[0]).toBe('klarna-halbiert-belegschaft');
  });
});
