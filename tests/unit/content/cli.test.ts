import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, pngImage, VALID_CONTENT } from './helpers';

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

  it('lists scheduled articles with their go-live time in Berlin time and warns about a staggered translation', () => {
    const { dir, publicDir } = contentWith();
    // An English translation of the scheduled fixture (2099-01-01T08:00 Berlin) going live an hour later.
    const de = fs.readFileSync(path.join(dir, 'articles', 'de', 'geplanter-artikel.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'articles', 'en', 'scheduled-article.md'), de.replace('date: 2099-01-01T08:00', 'date: "2099-01-01T08:00:00Z"'));
    const r = run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir, TZ: 'America/New_York' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Do., 01.01.2099, 08:00 MEZ  content/articles/de/geplanter-artikel.md  "Ein geplanter Artikel"');
    expect(r.out).toContain('Do., 01.01.2099, 09:00 MEZ  content/articles/en/scheduled-article.md');
    expect(r.out).toMatch(/⚠ translation "scheduled-piece" does not go live together: de goes live Do\., 01\.01\.2099, 08:00 MEZ .*; en goes live Do\., 01\.01\.2099, 09:00 MEZ/);
  });

  it('reports a bad date, a missing cover and an unknown category of one file in one run', () => {
    const { dir, publicDir } = contentWith([{ fixture: 'three-problems.md' }]);
    const r = run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('✗ 3 problems');
    expect(r.out).toContain('content/articles/de/three-problems.md: date: found "2024-13-45"');
    expect(r.out).toContain('content/articles/de/three-problems.md: cover.src: found "/images/articles/gibt-es-nicht.webp" (no such file in public/)');
    expect(r.out).toContain('content/articles/de/three-problems.md: category: found "sport"');
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

  it('makes a draft that cannot be published while it still carries the template text', () => {
    const { dir, publicDir } = contentWith();
    expect(run('content-new.ts', ['--dir', dir, '--lang', 'de', '--title', 'Ein neuer Artikel']).code).toBe(0);
    const file = path.join(dir, 'articles', 'de', 'ein-neuer-artikel.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('draft: true', 'draft: false'));
    const r = run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir });
    expect(r.code).toBe(1);
    const at = 'content/articles/de/ein-neuer-artikel.md';
    for (const field of ['description', 'lead', 'keyFacts.0.label', 'keyFacts.0.text', 'keyFacts.4.label', '(body)']) {
      expect(r.out).toContain(`${at}: ${field}: found `);
    }
    expect(r.out).toContain(`${at}: keyFacts.0.label: found "Kernaussage 1", expected your own text`);
    expect(r.out).toContain(`${at}: (body): found "Hier beginnt der Text."`);
    expect(r.out).toContain(`${at}: (body): found "## Erste Zwischenüberschrift"`);
  });

  it('--cover copies the image under the slug and fills cover; without --alt the placeholder blocks publication', () => {
    const { dir, publicDir } = contentWith();
    const image = path.join(path.dirname(dir), 'Foto vom Termin.PNG');
    fs.writeFileSync(image, pngImage(1600, 900));
    const r = run('content-new.ts', ['--dir', dir, '--lang', 'de', '--title', 'Bild ohne Text', '--cover', image], { PUBLIC_DIR: publicDir });
    expect(r.code, r.out).toBe(0);
    expect(fs.readFileSync(path.join(publicDir, 'images', 'articles', 'bild-ohne-text.png'))).toEqual(fs.readFileSync(image));
    const file = path.join(dir, 'articles', 'de', 'bild-ohne-text.md');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('cover:\n  src: /images/articles/bild-ohne-text.png\n  alt: "BILDBESCHREIBUNG FEHLT');
    expect(text).not.toMatch(/width|height/);
    expect(r.out).toContain('no alt text yet');
    expect(run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir }).code).toBe(0);
    fs.writeFileSync(file, text.replace('draft: true', 'draft: false'));
    expect(run('content-check.ts', ['--dir', dir], { PUBLIC_DIR: publicDir }).out).toContain('content/articles/de/bild-ohne-text.md: cover.alt: found "BILDBESCHREIBUNG FEHLT');
  });

  it('--cover with --alt writes the alt text; a too narrow or broken image is refused before anything is written', () => {
    const { dir, publicDir } = contentWith();
    const good = path.join(path.dirname(dir), 'gut.png');
    fs.writeFileSync(good, pngImage(1200, 675));
    expect(run('content-new.ts', ['--dir', dir, '--lang', 'en', '--title', 'With a picture', '--cover', good, '--alt', 'A grey area'], { PUBLIC_DIR: publicDir }).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'articles', 'en', 'with-a-picture.md'), 'utf8')).toContain('  src: /images/articles/with-a-picture.png\n  alt: "A grey area"');

    const small = path.join(path.dirname(dir), 'klein.png');
    fs.writeFileSync(small, pngImage(800, 450));
    const r = run('content-new.ts', ['--dir', dir, '--lang', 'de', '--title', 'Zu klein', '--cover', small, '--alt', 'Grau'], { PUBLIC_DIR: publicDir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('--cover: found 800 × 450 px, expected an image at least 1200 px wide');
    const broken = path.join(path.dirname(dir), 'kaputt.jpg');
    fs.writeFileSync(broken, 'not a jpeg');
    expect(run('content-new.ts', ['--dir', dir, '--lang', 'de', '--title', 'Zu klein', '--cover', broken, '--alt', 'Grau'], { PUBLIC_DIR: publicDir }).out).toContain('which is not a readable image');
    expect(fs.existsSync(path.join(dir, 'articles', 'de', 'zu-klein.md'))).toBe(false);
    expect(fs.readdirSync(path.join(publicDir, 'images', 'articles'))).toEqual(['with-a-picture.png']);
  });

  it('rejects an unknown language or category with the expected values', () => {
    expect(run('content-new.ts', ['--dir', VALID_CONTENT, '--lang', 'fr', '--title', 'x']).out).toContain('expected de or en');
    expect(run('content-new.ts', ['--dir', VALID_CONTENT, '--lang', 'de', '--title', 'x', '--category', 'sport']).out).toContain('expected one of business, technologie');
  });
});
