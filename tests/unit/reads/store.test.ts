import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { anonymousKey, berlinDay, getDailySalt, shiftDay } from '@/lib/db/salt';
import { openDatabase, type SqliteDatabase } from '@/lib/db/sqlite';
import { createSqliteReadStore } from '@/lib/reads/store';

let dir: string;
let db: SqliteDatabase;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reads-store-'));
  db = openDatabase(path.join(dir, 'test.sqlite'));
});

afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('read counting', () => {
  it('counts one read per visitor, article and day', () => {
    const store = createSqliteReadStore(db);
    const base = { day: '2026-11-29', lang: 'de' as const };
    expect(store.record({ ...base, slug: 'a', visitor: 'v1' })).toBe(true);
    expect(store.record({ ...base, slug: 'a', visitor: 'v1' })).toBe(false);
    expect(store.record({ ...base, slug: 'a', visitor: 'v2' })).toBe(true);
    expect(store.record({ ...base, slug: 'b', visitor: 'v1' })).toBe(true);
    expect(store.top('de', '2026-11-01', 5)).toEqual([
      { slug: 'a', reads: 2 },
      { slug: 'b', reads: 1 },
    ]);
  });

  it('sums days inside the window only and keeps languages apart', () => {
    const store = createSqliteReadStore(db);
    store.record({ day: '2026-10-01', lang: 'de', slug: 'old', visitor: 'v' });
    store.record({ day: '2026-11-20', lang: 'de', slug: 'new', visitor: 'v' });
    store.record({ day: '2026-11-20', lang: 'en', slug: 'english', visitor: 'v' });
    expect(store.top('de', shiftDay('2026-11-29', 29), 5)).toEqual([{ slug: 'new', reads: 1 }]);
    expect(store.top('en', '2026-10-31', 5)).toEqual([{ slug: 'english', reads: 1 }]);
  });
});

describe('daily salt', () => {
  it('is stable within a day and shared by connections', () => {
    const other = openDatabase(path.join(dir, 'test.sqlite'));
    expect(getDailySalt(db, '2026-11-29')).toBe(getDailySalt(other, '2026-11-29'));
    other.close();
  });

  it('rotates with the day and forgets older salts and visitor hashes', () => {
    const first = getDailySalt(db, '2026-11-28');
    createSqliteReadStore(db).record({ day: '2026-11-28', lang: 'de', slug: 'a', visitor: 'v' });
    const next = getDailySalt(db, '2026-11-29');
    expect(next).not.toBe(first);
    expect(db.prepare('SELECT day FROM daily_salts').pluck().all()).toEqual(['2026-11-29']);
    expect(db.prepare('SELECT COUNT(*) FROM read_visitors').pluck().get()).toBe(0);
    // The aggregated count survives; only the pseudonymous hashes are gone.
    expect(db.prepare('SELECT reads FROM read_counts').pluck().get()).toBe(1);
  });

  it('derives different keys for different salts and inputs', () => {
    expect(anonymousKey('s1', '1.2.3.4')).not.toBe(anonymousKey('s2', '1.2.3.4'));
    expect(anonymousKey('s1', '1.2.3.4', 'ua')).not.toBe(anonymousKey('s1', '1.2.3.4', 'ub'));
    expect(anonymousKey('s1', '1.2.3.4')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('uses the Berlin calendar day', () => {
    expect(berlinDay(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    expect(berlinDay(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(shiftDay('2026-03-01', 1)).toBe('2026-02-28');
  });
});
