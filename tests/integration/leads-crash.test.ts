import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasePath } from '@/lib/db/sqlite';
import { createSqliteStore } from '@/lib/store/sqlite';

const root = path.resolve(__dirname, '../..');
let dataDir: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leads-crash-'));
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the writer, waits for its acknowledgement, kills it with SIGKILL at once; resolves with the ACK line. */
function submitAndKill(lead: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/integration/fixtures/lead-writer.ts', JSON.stringify(lead)], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let ack = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('ACK '));
      if (line && !ack) {
        ack = line;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (ack && signal === 'SIGKILL') resolve(ack);
      else reject(new Error(`writer ended without ACK (code ${code}, signal ${signal}): ${err}`));
    });
  });
}

describe('a killed server loses no confirmed request', () => {
  it('finds the acknowledged request after SIGKILL, in the store and in `npm run leads -- list`', async () => {
    const marker = `Crash-Test ${Date.now()}`;
    const ack = await submitAndKill({
      lang: 'de',
      name: 'Kira Kill',
      company: 'Absturz GmbH',
      email: 'kira@example.de',
      topic: 'implementation',
      message: `${marker}: bitte nicht verlieren.`,
      consent: 'on',
    });
    expect(ack).toMatch(/^ACK stored \d+$/);
    const id = Number(ack.split(' ')[2]);

    // The killed process never closed the database: the row must come from the WAL on reopen.
    const store = createSqliteStore(databasePath(dataDir));
    const leads = await store.leads.list();
    await store.close();
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ id, name: 'Kira Kill', message: `${marker}: bitte nicht verlieren.` });

    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/leads.ts', 'list'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(marker);
    expect(cli.stdout).toContain('Absturz GmbH');
  });

  it('keeps every acknowledged request over several crashes', async () => {
    for (let i = 0; i < 3; i++) {
      await submitAndKill({
        lang: 'en',
        name: `Writer ${i}`,
        company: 'Crash Ltd',
        email: `w${i}@example.com`,
        topic: 'other',
        message: `Request number ${i} before the crash.`,
        consent: 'on',
      });
    }
    const store = createSqliteStore(databasePath(dataDir));
    const names = (await store.leads.list()).map((l) => l.name);
    await store.close();
    expect(names).toEqual(['Writer 2', 'Writer 1', 'Writer 0']);
  });
});
