import { readFileSync } from 'node:fs';
import path from 'node:path';

// WOFF, not WOFF2: satori (behind next/og) cannot decode WOFF2. Latin subsets cover German.
const FONT_DIR = path.join(process.cwd(), 'lib/seo/fonts');

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

function load(file: string): ArrayBuffer {
  const buf = readFileSync(path.join(FONT_DIR, file));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

let fonts: OgFont[] | undefined;

/** The bundled fonts of the share images, read once per process. */
export function getOgFonts(): OgFont[] {
  fonts ??= [
    { name: 'Inter', data: load('inter-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Inter', data: load('inter-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Source Serif 4', data: load('source-serif-4-latin-700-normal.woff'), weight: 700, style: 'normal' },
  ];
  return fonts;
}
