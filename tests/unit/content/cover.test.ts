import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { contentWith, NOW, pngImage, writePublic } from './helpers';

const ROOT = path.resolve(__dirname, '../../..');
const FILE = 'content/articles/de/cover-without-size.md';
const SRC = '/images/articles/titelbild.png';

/** The fixture article with its cover file (at `src`) written as `image`, and optional front-matter edits. */
function load(image: Buffer | string | undefined, edit: (text: string) => string = (t) => t, src = SRC) {
  const { dir, publicDir } = contentWith([{ fixture: 'cover-without-size.md' }]);
  const md = path.join(dir, 'articles', 'de', 'cover-without-size.md');
  fs.writeFileSync(md, edit(fs.readFileSync(md, 'utf8').replace(SRC, src)));
  if (image !== undefined) writePublic(publicDir, src, image);
  const result = loadContent({ contentDir: dir, publicDir, now: NOW });
  return { ...result, article: result.articles.find((a) => a.slug === 'cover-without-size') };
}

describe('cover images', () => {
  it('reads width and height from the image file when the front matter has only src and alt', () => {
    const { issues, article } = load(pngImage(1600, 900));
    expect(issues).toEqual([]);
    expect(article?.cover).toEqual({ src: SRC, alt: 'Eine graue Fläche', width: 1600, height: 900 });
  });

  it('keeps older front matter with width and height working when they match the file', () => {
    const { issues, article } = load(pngImage(1600, 900), (t) => t.replace('  alt: "Eine graue Fläche"', '  alt: "Eine graue Fläche"\n  width: 1600\n  height: 900'));
    expect(issues).toEqual([]);
    expect(article?.cover?.width).toBe(1600);
  });

  it('reads the real WebP covers of the site', () => {
    const webp = fs.readFileSync(path.join(ROOT, 'public/images/articles/klarna-halbiert-belegschaft.webp'));
    const { issues, article } = load(webp, undefined, '/images/articles/titelbild.webp');
    expect(issues).toEqual([]);
    expect(article?.cover).toMatchObject({ width: 1200, height: 675 });
  });

  it('rejects width or height that differ from the file, naming the field and the real value', () => {
    const { issues, article } = load(pngImage(1600, 900), (t) => t.replace('  alt: "Eine graue Fläche"', '  alt: "Eine graue Fläche"\n  width: 1200\n  height: 900'));
    expect(article).toBeUndefined();
    expect(issues).toEqual([{ file: FILE, field: 'cover.width', found: '1200', expected: expect.stringContaining(`1600, the width of ${SRC}`) }]);
  });

  it('rejects a cover narrower than 1200 px', () => {
    const { issues } = load(pngImage(800, 450));
    expect(issues).toEqual([{ file: FILE, field: 'cover.src', found: `"${SRC}", 800 × 450 px`, expected: 'an image at least 1200 px wide' }]);
  });

  it('rejects a file that is not an image', () => {
    const { issues } = load('<html>not an image</html>');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, field: 'cover.src', expected: 'a PNG, JPEG, WebP or AVIF image file' });
    expect(issues[0]?.found).toContain('which is not a readable image');
  });

  it('rejects an empty or truncated image file', () => {
    for (const broken of [Buffer.alloc(0), pngImage(1600, 900).subarray(0, 12)]) {
      const { issues } = load(broken);
      expect(issues).toEqual([expect.objectContaining({ file: FILE, field: 'cover.src', found: expect.stringContaining('not a readable image') })]);
    }
  });

  it('rejects an image whose format does not match its extension', () => {
    const { issues } = load(pngImage(1600, 900), undefined, '/images/articles/titelbild.jpg');
    expect(issues).toEqual([
      { file: FILE, field: 'cover.src', found: '"/images/articles/titelbild.jpg", which holds a PNG image', expected: 'a file whose format matches its extension .jpg' },
    ]);
  });

  it('refuses a cover path that leaves public/images/', () => {
    const { issues } = load(undefined, undefined, '/images/../../secret.png');
    expect(issues).toEqual([expect.objectContaining({ field: 'cover.src', found: expect.stringContaining('outside public/images/') })]);
  });
});
