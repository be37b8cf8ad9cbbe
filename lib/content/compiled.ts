import fs from 'node:fs';
import path from 'node:path';
import { contentSignature } from '@/lib/content/load';
import type { ArticleMeta, Author, Category } from '@/lib/content/types';

/**
 * The content as the check compiled it (`npm run content:check`, the build's first step), so the
 * build workers and the server load metadata and a prepared search index instead of reading and
 * parsing every Markdown file again: at 20,000 articles that is the difference between a second
 * and minutes per process. Lives beside the content folder (compiledDir), not in the build folder,
 * which `next build` empties first; shipped with the standalone output.
 *
 * Files: manifest.json (what the check validated, plus the signature of the folder it read),
 * texts.txt (every body's plain text, one after another, for search snippets: read by offset, not
 * held in memory) and whatever the search index stores (lib/search/compiled.ts).
 */
export const COMPILED_FORMAT = 3;
export const COMPILED_ROOT = '.content-compiled';

export interface CompiledManifest {
  format: number;
  /** contentSignature() of the folder when it was compiled: a later edit makes the files stale. */
  signature: string;
  articles: ArticleMeta[];
  authors: Author[];
  categories: Category[];
  /** Byte offset and length of each article's text in texts.txt, by "lang/slug". */
  texts: Record<string, [number, number]>;
  compiledAt: string;
}

/**
 * Where the compiled form of a content folder lives: beside it, in `.content-compiled/<its name>`
 * (./content → ./.content-compiled/content), so a folder elsewhere (a test's, the bench's) keeps
 * its compiled form out of the project.
 */
export function compiledDir(contentDir: string): string {
  const dir = path.resolve(/*turbopackIgnore: true*/ contentDir);
  return path.join(/*turbopackIgnore: true*/ path.dirname(dir), COMPILED_ROOT, path.basename(dir));
}

export interface CompileInput {
  contentDir: string;
  articles: readonly ArticleMeta[];
  authors: ReadonlyMap<string, Author>;
  categories: ReadonlyMap<string, Category>;
  texts: ReadonlyMap<string, string>;
  /** Further files to write (name → content), e.g. the search index. */
  extra?: Record<string, string>;
}

/**
 * Writes the compiled form of valid content. Written into a fresh folder that then replaces the
 * old one, so a server reading it never sees half a compilation.
 */
export function writeCompiled(input: CompileInput): string {
  const dir = compiledDir(input.contentDir);
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  const texts: CompiledManifest['texts'] = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [key, text] of input.texts) {
    const bytes = Buffer.from(text, 'utf8');
    texts[key] = [offset, bytes.length];
    chunks.push(bytes);
    offset += bytes.length;
  }
  fs.writeFileSync(path.join(tmp, 'texts.txt'), Buffer.concat(chunks));
  for (const [name, content] of Object.entries(input.extra ?? {})) fs.writeFileSync(path.join(tmp, name), content);
  const manifest: CompiledManifest = {
    format: COMPILED_FORMAT,
    signature: contentSignature(input.contentDir),
    articles: [...input.articles],
    authors: [...input.authors.values()],
    categories: [...input.categories.values()],
    texts,
    compiledAt: new Date().toISOString(),
  };
  // Which compilation this is, in a few bytes: the build records it (next.config.ts) so a server
  // can tell whether its content is what the build prerendered (compilationKey, lib/content).
  fs.writeFileSync(path.join(tmp, COMPILATION_FILE), compilationKey(manifest));
  // Written last: a folder without a manifest is never used.
  fs.writeFileSync(path.join(tmp, 'manifest.json'), JSON.stringify(manifest));
  const old = `${dir}.old-${process.pid}`;
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  fs.renameSync(tmp, dir);
  fs.rmSync(old, { recursive: true, force: true });
  return dir;
}

/** Holds compilationKey() of the folder's compilation; read by next.config.ts at build time. */
export const COMPILATION_FILE = 'compilation.txt';

/** One compilation of one content folder: its file signature and the moment it was compiled. */
export function compilationKey(manifest: Pick<CompiledManifest, 'signature' | 'compiledAt'>): string {
  return `${manifest.signature}@${manifest.compiledAt}`;
}

export interface CompiledContent {
  dir: string;
  manifest: CompiledManifest;
  /** Plain text of one article's body, read from texts.txt. */
  text(key: string): string | undefined;
}

/**
 * The compiled form of a content folder, when it exists and matches the folder as it is now (same
 * files, same modification times); otherwise undefined and the caller reads the Markdown itself.
 */
export function readCompiled(contentDir: string): CompiledContent | undefined {
  const dir = compiledDir(contentDir);
  const manifestFile = path.join(/*turbopackIgnore: true*/ dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as CompiledManifest;
  if (manifest.format !== COMPILED_FORMAT || manifest.signature !== contentSignature(contentDir)) return undefined;
  const textsFile = path.join(/*turbopackIgnore: true*/ dir, 'texts.txt');
  let fd: number | undefined;
  return {
    dir,
    manifest,
    text(key) {
      const at = manifest.texts[key];
      if (!at) return undefined;
      fd ??= fs.openSync(textsFile, 'r');
      const buffer = Buffer.alloc(at[1]);
      fs.readSync(fd, buffer, 0, at[1], at[0]);
      return buffer.toString('utf8');
    },
  };
}
