import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, migrations } from '@/lib/db/migrations';
import { openDatabase } from '@/lib/db/sqlite';

describe('database setup', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'db-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, uses WAL and reaches the newest version', () => {
    const file = path.join(dir, 'nested', 'data', 'x.sqlite');
    const db = openDatabase(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.at(-1)?.version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['daily_salts', 'leads', 'outbox', 'rate_events', 'read_counts', 'read_visitors']);
    db.close();
  });

  it('is idempotent: reopening keeps data and applies nothing twice', () => {
    const file = path.join(dir, 'x.sqlite');
    const db = openDatabase(file);
    db.prepare("INSERT INTO daily_salts (day, salt) VALUES ('2026-01-01', 's')").run();
    expect(migrate(db)).toBe(migrations.at(-1)?.version);
    db.close();
    const again = openDatabase(file);
    expect(again.prepare('SELECT COUNT(*) FROM daily_salts').pluck().get()).toBe(1);
    again.close();
  });

  it('has strictly increasing versions', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
