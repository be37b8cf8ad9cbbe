import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, hasBuild, root } from '../helpers/server';

/*
 * What ships is only what runs: the standalone folder (what the Docker image and
 * scripts/start-standalone.sh deploy) must not contain tests, their fixtures (invalid articles
 * included), documentation or local data. Runs on the build `npm test` makes before the unit tests.
 */
const standalone = path.join(root, distDir, 'standalone');
const hasStandalone = hasBuild && fs.existsSync(standalone);

/** Files of the standalone folder, relative, without node_modules (packages bring their own test folders). */
function ownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(standalone, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (rel.startsWith('node_modules/') || rel.includes('/node_modules/')) continue;
    out.push(rel);
  }
  return out;
}

const FORBIDDEN = [
  /^tests\//,
  /^docs\//,
  /^data\//,
  /^tmp\//,
  /^test-results\//,
  /^playwright-report\//,
  /^coverage\//,
  /^\.next-[^/]+\//,
  /^\.git\//,
  /^\.env/,
  /\.sqlite(-wal|-shm)?$/,
  /(^|\/)fixtures\//,
];

describe.skipIf(!hasStandalone)(`the standalone output (${distDir}/standalone)`, () => {
  it('contains nothing from tests/, docs/ or local data', () => {
    const files = ownFiles(standalone);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((f) => FORBIDDEN.some((re) => re.test(f)))).toEqual([]);
  });

  it('contains the server and the operators\u2019 commands', () => {
    const files = new Set(ownFiles(standalone));
    expect(files.has('server.js')).toBe(true);
    expect(files.has('ops/leads.mjs')).toBe(true);
    expect(files.has('ops/db-migrate.mjs')).toBe(true);
  });
});
