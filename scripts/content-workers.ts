/**
 * The content check's heavy parts on every core: reading the article files (front matter, schema,
 * Markdown scan) and building each language's search index. Each file and each language is
 * independent, so the work splits without changing the result: workers return plain records, and
 * the rules that span files run once in the main thread (lib/content/load.ts finishContent).
 * Small folders are read in the main thread: starting a worker costs more than it saves there.
 */
import os from 'node:os';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { finishContent, loadArticleFiles, prepareContent, type ArticleFile, type ArticleJob, type ContentIssue, type LoadedContent, type LoadOptions, type PreparedContent } from '@/lib/content/load';
import type { ArticleMeta, Author, Category } from '@/lib/content/types';
import { locales, type Locale } from '@/lib/i18n/settings';
import { compileSearchIndex } from '@/lib/search/compile';

/** Below this many articles the check stays in one thread (CONTENT_CHECK_PARALLEL_FROM: tests). */
const parallelFrom = () => Number(process.env.CONTENT_CHECK_PARALLEL_FROM ?? 400);

type Task =
  | { kind: 'articles'; jobs: ArticleJob[]; context: Omit<PreparedContent, 'jobs' | 'issues'> }
  | { kind: 'search'; lang: Locale; articles: ArticleMeta[]; authors: Map<string, Author>; categories: Map<string, Category>; texts: Map<string, string> };
type Result = { files: ArticleFile[]; issues: ContentIssue[] } | { file: string; json: string };

function runTask(task: Task): Result {
  if (task.kind === 'articles') return loadArticleFiles(task.jobs, task.context);
  return compileSearchIndex({ articles: task.articles, authors: task.authors, categories: task.categories, text: (key) => task.texts.get(key) }, task.lang);
}

/**
 * Worker threads running this very module (TypeScript through tsx's loader), started once and
 * used for both steps: starting one costs about a second of CPU, mostly loading modules.
 */
class Pool {
  private readonly workers: Worker[] = [];
  private next = 0;

  constructor(readonly size: number) {}

  run<R extends Result>(task: Task): Promise<R> {
    const index = this.next++ % this.size;
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = (this.workers[index] ??= new Worker(boot, { eval: true }));
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      const onExit = (code: number) => reject(new Error(`content check worker stopped with exit code ${code}`));
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.once('message', (result: R) => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(result);
      });
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function threads(): number {
  return Math.max(1, Math.min(os.availableParallelism(), 4));
}

/** loadContent (lib/content/load.ts) with the article files spread over the cores. */
async function loadWith(prepared: PreparedContent, pool: Pool | undefined): Promise<LoadedContent> {
  const { jobs, issues: _issues, ...context } = prepared;
  if (!pool) {
    const { files, issues } = loadArticleFiles(jobs, context);
    return finishContent(prepared, files, issues);
  }
  // Interleaved, so every worker gets a share of each language and of long and short files.
  const chunks = Array.from({ length: pool.size }, (_, i) => jobs.filter((_job, j) => j % pool.size === i));
  const results = await Promise.all(chunks.map((chunk) => pool.run<{ files: ArticleFile[]; issues: ContentIssue[] }>({ kind: 'articles', jobs: chunk, context })));
  return finishContent(
    prepared,
    results.flatMap((r) => r.files),
    results.flatMap((r) => r.issues),
  );
}

/** The search index files of every language (lib/search/compile.ts), one language per thread. */
async function searchFilesWith(loaded: LoadedContent, pool: Pool | undefined): Promise<Record<string, string>> {
  const { articles, authors, categories, texts } = loaded;
  const results = await Promise.all(
    locales.map((lang) => {
      if (!pool) return compileSearchIndex({ articles, authors, categories, text: (key) => texts.get(key) }, lang);
      const mine = articles.filter((a) => a.lang === lang);
      const myTexts = new Map(mine.map((a) => [`${lang}/${a.slug}`, texts.get(`${lang}/${a.slug}`) ?? '']));
      return pool.run<{ file: string; json: string }>({ kind: 'search', lang, articles: mine, authors, categories, texts: myTexts });
    }),
  );
  return Object.fromEntries(results.map((r) => [r.file, r.json]));
}

/**
 * Reads and checks a content folder (lib/content/load.ts loadContent, same result) and, when it
 * is valid, prepares the search index files; both on every core for a large folder.
 */
export async function checkContent(options: LoadOptions): Promise<{ loaded: LoadedContent; searchFiles?: Record<string, string> }> {
  const prepared = prepareContent(options);
  if (!('jobs' in prepared)) return { loaded: prepared };
  const count = threads();
  const pool = prepared.jobs.length >= parallelFrom() && count > 1 ? new Pool(count) : undefined;
  try {
    const loaded = await loadWith(prepared, pool);
    if (loaded.issues.length > 0) return { loaded };
    return { loaded, searchFiles: await searchFilesWith(loaded, pool) };
  } finally {
    await pool?.close();
  }
}

const port = isMainThread ? null : parentPort;
port?.on('message', (task: Task) => port.postMessage(runTask(task)));
