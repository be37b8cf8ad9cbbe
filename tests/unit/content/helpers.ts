import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

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

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(zlib.crc32(body), body.length + 4);
  return out;
}

/** A real, complete grey PNG of the given size (what an editor would drop into public/images/). */
export function pngImage(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const row = Buffer.alloc(width + 1, 0x80);
  row[0] = 0; // filter type "none"
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IDAT', zlib.deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
}

/** Writes a file under a public folder, creating its directories. */
export function writePublic(publicDir: string, src: string, data: Buffer | string): string {
  const file = path.join(publicDir, src);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
  return file;
}
