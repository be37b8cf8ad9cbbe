import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');
export const VALID_CONTENT = path.join(FIXTURES, 'content');
export const NOW = new Date('2026-01-01T00:00:00Z');

/** Copies the valid fixture corpus to a temp folder, optionally adding invalid article fixtures. */
export function contentWith(extra: { fixture: string; as?: string; lang?: 'de' | 'en' }[] = []): { dir: string; publicDir: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  const dir = path.join(root, 'content');
  fs.cpSync(VALID_CONTENT, dir, { recursive: true });
  const publicDir = path.join(root, 'public');
  fs.mkdirSync(publicDir);
  for (const e of extra) {
    const target = path.join(dir, 'articles', e.lang ?? 'de', e.as ?? e.fixture);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, 'invalid-articles', e.fixture), target);
  }
  return { dir, publicDir };
}
