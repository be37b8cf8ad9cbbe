import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, VALID_CONTENT } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout + r.stderr };
}

describe('npm run content:check', () => {
  it('prints counts per language, categories and authors and exits 0 on valid content', () => {
    const { dir, publicDir } = contentWith();
    const r = run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/de: 5 \(3 published, 1 scheduled, 1 draft\)/);
    expect(r.out).toMatch(/en: 1 \(1 published/);
    expect(r.out).toMatch(/business\s+Business/);
    expect(r.out).toMatch(/oliver-welling\s+Oliver Welling/);
  });

  it('exits 1 and names file and field for a broken article', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'broken-date.md' }, { fixture: 'unknown-author.md' }]);
    const r = run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('content/articles/de/broken-date.md: date: found "2024-13-45"');
    expect(r.out).toContain('content/articles/de/unknown-author.md: authors: found "max-mustermann"');
  });

  it('prints help', () => {
    const r = run('content-check.ts', ['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: npm run content:check');
  });
});

describe('npm run content:new', () => {
  it('writes a valid draft with a transliterated slug and refuses to overwrite it', () => {
    const { dir, publicDir } = contentWith();
    const args = ['--dir', dir, '--lang', 'de', '--title', 'Größere Büros für KI', '--category', 'technologie', '--author', 'lena-hartmann'];
    const first = run('content-new.ts', args);
    expect(first.code).toBe(0);
    const file = path.join(dir, 'articles', 'de', 'groessere-bueros-fuer-ki.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('title: "Größere Büros für KI"');
    expect(text).toMatch(/date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[12]:00/);
    expect(text.match(/- label:/g)).toHaveLength(5);
    expect(run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir }).code).toBe(0);
    const second = run('content-new.ts', args);
    expect(second.code).toBe(1);
    expect(second.out).toContain('already exists');
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('rejects an unknown language or category with the expected values', () => {
    expect(run('content-new.ts', ['--dir', VALID_CONTENT, '--lang', 'fr', '--title', 'x']).out).toContain('expected de or en');
    expect(run('content-new.ts', ['--dir', VALID_CONTENT, '--lang', 'de', '--title', 'x', '--category', 'sport']).out).toContain('expected one of business, technologie');
  });
});
