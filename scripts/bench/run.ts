/**
 * npm run bench [-- --sizes 200,1000,3000] [--duration 10] [--connections 64] [--soak 60] [--port-base 3206] [--skip-http] [--out docs/benchmarks.md]
 *
 * For each corpus size (articles per language): generate the corpus, time the content layer,
 * build the site into its own dist dir (time and peak memory), read first-load JavaScript per route,
 * measure the article page's bytes over the wire in Chromium (including prefetches after load), and
 * load-test home, article, category and search under `npm start` (scripts/serve.mjs), next to the same prerendered
 * HTML served by nginx directly and the article page through deploy/nginx.conf (caching proxy).
 * Also: start-up (spawning `npm start` → first page → first search), search p95 over /api/search,
 * the server's RSS after --soak seconds of load over random articles of the corpus, and a goals
 * table with a pass/fail marker per goal of issue 15 (scripts/bench/goals.ts).
 * Ports: --port-base N (or BENCH_PORT_BASE) uses N, N+1, N+2 for Next.js, static nginx and proxy.
 * Writes a Markdown report to docs/benchmarks.md. Timings are reported, never asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { generateCorpus, type CorpusResult } from './corpus';
import { evaluateGoals, goalsMarkdown, goalsText, randomPathsLua, blogStarterReference, type GoalInput } from './goals';
import { percentile, QUERIES } from './queries';
import { prerenderedHtml, readRouteBundles, type RouteBundle } from './build-output';
import { makeWorkDir, renderProxyConfig, renderStaticConfig, startNginx } from './nginx';
import { bestOfInterleaved, runWrk, type WrkResult } from './wrk';
import { measurePageWeight, type PageWeight } from './page-weight';
import { startLocalServer, stopServer, type LocalServer } from '../local-server';

interface Args {
  sizes: number[];
  duration: number;
  connections: number;
  skipHttp: boolean;
  out: string;
  /** Seconds of load over random articles before the server's RSS is read. */
  soak: number;
  portBase: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [200, 1000, 3000], duration: 10, connections: 64, skipHttp: false, out: 'docs/benchmarks.md', soak: 60, portBase: Number(process.env.BENCH_PORT_BASE ?? 3206) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sizes') args.sizes = next().split(',').map((s) => Number(s.replace(/[_.]/g, '')));
    else if (a === '--duration') args.duration = Number(next());
    else if (a === '--connections') args.connections = Number(next());
    else if (a === '--skip-http') args.skipHttp = true;
    else if (a === '--out') args.out = next();
    else if (a === '--soak') args.soak = Number(next());
    else if (a === '--port-base') args.portBase = Number(next());
    else if (a === '--quick') args.sizes = [50, 100];
    else throw new Error(`unknown option ${a}`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--sizes: integers ≥ 10 (articles per language)');
  if (!Number.isInteger(args.portBase) || args.portBase < 1024 || args.portBase > 65_530) throw new Error('--port-base: a port number (it uses that one and the next two)');
  if (!(args.soak > 0)) throw new Error('--soak: seconds > 0');
  return args;
}

/** Set from --port-base in main(). */
const PORTS = { next: 3206, static: 3207, proxy: 3208 };
const DIST = '.next-perf-bench';
const log = (msg: string) => process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

/** Sum of RSS over a process and all its descendants, from /proc (Linux). */
function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    for (const [child, parent] of parents) if (parent === pid) stack.push(child);
  }
  return total;
}

interface BuildResult {
  seconds: number;
  /** The content check's own time (read, validate, compile), printed by it as its first step. */
  checkSeconds?: number;
  peakRssBytes: number;
  ok: boolean;
  tail: string;
}

/**
 * `npm run build` with the corpus, as a deployment runs it: the content check (which compiles the
 * content the build and the server load), `next build`, the operators' commands. Next rewrites
 * tsconfig.json for new dist dirs, which is undone afterwards.
 */
async function build(contentDir: string, label: string): Promise<BuildResult> {
  fs.rmSync(DIST, { recursive: true, force: true });
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8');
  const started = performance.now();
  const child = spawn('npm', ['run', 'build', '--silent'], {
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRss(child.pid));
  }, 250);
  let output = '';
  let lastShown = 0;
  const onData = (d: Buffer) => {
    const text = d.toString();
    output += text;
    // Progress: Next prints "Generating static pages using N workers (x/y)".
    const m = /Generating static pages[^(]*\((\d+)\/(\d+)\)/.exec(text);
    if (m && Date.now() - lastShown > 3000) {
      lastShown = Date.now();
      log(`${label}: prerendering ${m[1]}/${m[2]} pages`);
    } else if (/content valid|Compiled successfully|Running TypeScript|Collecting page data|Finalizing/.test(text)) {
      log(`${label}: ${text.trim().split('\n')[0]}`);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const code = await new Promise<number>((resolve) => child.once('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig) fs.writeFileSync('tsconfig.json', tsconfig);
  const check = /compiled into .* in ([\d.]+) s/.exec(output);
  return { seconds, checkSeconds: check ? Number(check[1]) : undefined, peakRssBytes: peak, ok: code === 0, tail: output.split('\n').slice(-30).join('\n') };
}

async function startNext(contentDir: string, processes = 1): Promise<LocalServer> {
  return startLocalServer(PORTS.next, { CONTENT_DIR: contentDir, NEXT_DIST_DIR: DIST, DATA_DIR: path.join(os.tmpdir(), 'technow-bench-data'), WEB_CONCURRENCY: String(processes) });
}

/** Polls `url` until it answers 2xx; returns the moment it did (performance.now()). */
async function pollUntilOk(url: string, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return performance.now();
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

interface Startup {
  /** From spawning `npm start` to the first article page answered. */
  firstPageMs: number;
  /** From then to the first search (/api/search) answered. */
  firstSearchMs: number;
}

/**
 * `npm start` as an operator runs it (one process), timed: spawn → first article page → first
 * search. It runs in its own process group so stop() ends npm and the server it started.
 */
async function startNpmMeasured(contentDir: string, articlePath: string): Promise<{ pid: number; startup: Startup; stop: () => Promise<void> }> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent', '--', '-p', String(PORTS.next), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DIR: contentDir, NEXT_DIST_DIR: DIST, DATA_DIR: path.join(os.tmpdir(), 'technow-bench-data'), WEB_CONCURRENCY: '1' },
    stdio: 'ignore',
    detached: true,
  });
  // npm, its shell, the primary and its workers: stopped as one group, and the port must be free
  // before the next server (the WEB_CONCURRENCY row) starts on it.
  const stop = () => (child.pid === undefined ? Promise.resolve() : stopServer(child.pid, PORTS.next, { group: true }));
  try {
    const page = await pollUntilOk(`http://127.0.0.1:${PORTS.next}${articlePath}`, 120_000);
    const search = await pollUntilOk(`http://127.0.0.1:${PORTS.next}/api/search?lang=de&q=ki`, 60_000);
    return { pid: child.pid!, startup: { firstPageMs: page - started, firstSearchMs: search - page }, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** RSS of one process (bytes), 0 when it is gone. */
function ownRss(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[21]) * 4096;
  } catch {
    return 0;
  }
}

/**
 * The 50 fixed queries of the search benchmark against /api/search, one at a time over one kept-alive
 * connection (node:http; Node's fetch added 2–3 ms of its own per request here, more than the
 * server needed for most queries): a warm-up round, then `rounds` timed rounds.
 */
async function measureSearch(rounds: number): Promise<{ p50Ms: number; p95Ms: number; samples: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (q: string) =>
    new Promise<number>((resolve, reject) => {
      const path = `/api/search?lang=de&q=${encodeURIComponent(q.slice(0, 120))}`;
      http
        .get({ host: '127.0.0.1', port: PORTS.next, path, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        })
        .on('error', reject);
    });
  try {
    for (const q of QUERIES) await get(q);
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of QUERIES) {
        const t = performance.now();
        const status = await get(q);
        if (status !== 200) throw new Error(`search ${JSON.stringify(q.slice(0, 20))}: HTTP ${status}`);
        times.push(performance.now() - t);
      }
    }
    times.sort((a, b) => a - b);
    return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), samples: times.length };
  } finally {
    agent.destroy();
  }
}

interface SizeResult {
  perLanguage: number;
  corpus: CorpusResult;
  load: { ms: number; perSecond: number; issues: number };
  build: BuildResult;
  bundles: RouteBundle[];
  articleHtml?: { raw: number; gzip: number };
  weight?: PageWeight;
  http: { page: string; firstMs?: number; next?: WrkResult; static?: WrkResult; proxy?: WrkResult }[];
  /** The article with compression, as browsers ask for it: nginx serving a precompressed file, and through deploy/nginx.conf. */
  compressed?: { staticGzip: WrkResult; proxyGzip: WrkResult; proxyBrGzip: WrkResult };
  cacheControl?: string;
  startup?: Startup;
  search?: { p50Ms: number; p95Ms: number; samples: number };
  /** Load over random articles of the corpus, then the server's RSS (npm itself not counted). */
  soak?: { seconds: number; load: WrkResult; rssBytes: number; paths: number };
}

async function measureSize(perLanguage: number, args: Args, root: string): Promise<SizeResult> {
  const contentDir = path.join(root, `content-${perLanguage}`);
  log(`corpus: ${perLanguage} articles per language`);
  const corpus = generateCorpus({
    dir: contentDir,
    perLanguage,
    sourceContentDir: 'content',
    onProgress: (done, total) => {
      if (done % 1000 === 0 || done === total) log(`corpus: ${done}/${total} files written`);
    },
  });

  log(`build: ${corpus.articles} articles`);
  const buildResult = await build(contentDir, `build ${corpus.articles}`);
  const checkMs = (buildResult.checkSeconds ?? Number.NaN) * 1000;
  const load = { ms: checkMs, perSecond: corpus.articles / (checkMs / 1000), issues: buildResult.checkSeconds === undefined ? 1 : 0 };
  log(`build: ${buildResult.ok ? 'ok' : 'FAILED'} in ${buildResult.seconds.toFixed(1)} s, peak ${(buildResult.peakRssBytes / 2 ** 20).toFixed(0)} MB`);
  const result: SizeResult = { perLanguage, corpus, load, build: buildResult, bundles: [], http: [] };
  if (!buildResult.ok) {
    log(buildResult.tail);
    return result;
  }
  result.bundles = readRouteBundles(DIST);
  const articlePath = `/de/articles/${corpus.sampleSlug}`;
  const html = prerenderedHtml(DIST, articlePath);
  if (html) result.articleHtml = { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 6 }).length };

  if (args.skipHttp) return result;
  log('start-up: spawning npm start, waiting for the first article page, then the first search');
  const next = await startNpmMeasured(contentDir, articlePath);
  result.startup = next.startup;
  log(`start-up: first page after ${next.startup.firstPageMs.toFixed(0)} ms, first search ${next.startup.firstSearchMs.toFixed(0)} ms later`);
  const workRoot = makeWorkDir('technow-bench-nginx-');
  try {
    log('search: 50 fixed queries against /api/search, one at a time');
    result.search = await measureSearch(4);
    log(`search: p50 ${result.search.p50Ms.toFixed(2)} ms, p95 ${result.search.p95Ms.toFixed(2)} ms`);
    const head = await fetch(`http://127.0.0.1:${PORTS.next}${articlePath}`);
    result.cacheControl = head.headers.get('cache-control') ?? undefined;
    log('page weight: Chromium, article page, including prefetches after load');
    result.weight = await measurePageWeight(`http://127.0.0.1:${PORTS.next}${articlePath}`);
    log(`page weight: ${(result.weight.totalBytes / 1024).toFixed(1)} KB in ${result.weight.requests} requests`);

    const pages: { page: string; path: string; staticPath?: string }[] = [
      // Calibration: the cheapest route Next.js can serve (no proxy, no I/O) shows how much CPU the server gets on this machine.
      { page: 'health (calibration)', path: '/api/health' },
      { page: 'home', path: '/de', staticPath: '/de' },
      { page: 'article', path: articlePath, staticPath: articlePath },
      // Not prerendered: its first request renders it (the "first request" figure), then it is cached like the one above.
      { page: 'older article', path: `/de/articles/${corpus.olderSlug}` },
      { page: 'category', path: `/de/category/${corpus.sampleCategory}`, staticPath: `/de/category/${corpus.sampleCategory}` },
      { page: 'search', path: '/de/search?q=ki', staticPath: '/de/search' },
    ];
    const staticNginx = await startNginx(renderStaticConfig({ port: PORTS.static, root: path.resolve(DIST, 'server', 'app'), workDir: path.join(workRoot, 'static') }), PORTS.static, path.join(workRoot, 'static'));
    // Stop the first nginx when the second cannot start (a busy port), instead of leaving it running.
    const proxy = await startNginx(renderProxyConfig({ port: PORTS.proxy, upstreamPort: PORTS.next, workDir: path.join(workRoot, 'proxy') }), PORTS.proxy, path.join(workRoot, 'proxy')).catch(async (error: unknown) => {
      await staticNginx.stop();
      throw error;
    });
    try {
      for (const p of pages) {
        const row: SizeResult['http'][number] = { page: p.page };
        // One request first: the route's module loads on first use, which is not what a load test measures.
        const warm = performance.now();
        await fetch(`http://127.0.0.1:${PORTS.next}${p.path}`);
        row.firstMs = performance.now() - warm;
        log(`wrk: ${p.page} under npm start (first request ${row.firstMs.toFixed(0)} ms)`);
        row.next = await runWrk(`http://127.0.0.1:${PORTS.next}${p.path}`, args);
        const staticOk = p.staticPath !== undefined && (await fetch(`http://127.0.0.1:${PORTS.static}${p.staticPath}`)).ok;
        if (staticOk && p.page === 'article') {
          await fetch(`http://127.0.0.1:${PORTS.proxy}${p.path}`, { headers: { 'Accept-Encoding': 'identity' } }); // warm the cache
          log('wrk: article from nginx (static file) and through deploy/nginx.conf (caching proxy), interleaved, best of 2');
          const both = await bestOfInterleaved(2, {
            static: () => runWrk(`http://127.0.0.1:${PORTS.static}${p.staticPath ?? ''}`, args),
            proxy: () => runWrk(`http://127.0.0.1:${PORTS.proxy}${p.path}`, args),
          });
          row.static = both.static;
          row.proxy = both.proxy;
          result.compressed = await measureCompressed(p.path, html, args);
        } else if (staticOk) {
          log(`wrk: ${p.page} from nginx (static file)`);
          row.static = await runWrk(`http://127.0.0.1:${PORTS.static}${p.staticPath ?? ''}`, args);
        }
        result.http.push(row);
      }
    } finally {
      await staticNginx.stop();
      await proxy.stop();
    }
    // Memory under realistic load: every request a random article of the corpus (most of them not
    // prerendered, so rendered and cached on their first request), then the server's RSS.
    const lua = path.join(workRoot, 'random-articles.lua');
    fs.writeFileSync(lua, randomPathsLua(corpus.articlePaths));
    log(`wrk: ${args.soak} s over ${corpus.articlePaths.length} random articles under npm start`);
    const load = await runWrk(`http://127.0.0.1:${PORTS.next}/`, { duration: args.soak, connections: args.connections, script: lua });
    const rssBytes = treeRss(next.pid) - ownRss(next.pid);
    result.soak = { seconds: args.soak, load, rssBytes, paths: corpus.articlePaths.length };
    log(`server RSS after the load: ${(rssBytes / 2 ** 20).toFixed(0)} MB (${load.requestsPerSecond.toFixed(0)} req/s, ${load.errors} errors)`);
  } finally {
    await next.stop();
    fs.rmSync(workRoot, { recursive: true, force: true });
  }
  // The same article with one server process per core (WEB_CONCURRENCY, see docs/production.md).
  const cores = os.availableParallelism();
  if (cores > 1) {
    // Measured when it starts; a failure here is reported, not allowed to lose the figures above.
    const multi = await startNext(contentDir, cores).catch((error: unknown) => {
      log(`WEB_CONCURRENCY=${cores}: the server did not start (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    });
    if (multi) try {
      const row: SizeResult['http'][number] = { page: `article, ${cores} processes (WEB_CONCURRENCY=${cores})` };
      const warm = performance.now();
      await fetch(`http://127.0.0.1:${PORTS.next}${articlePath}`);
      row.firstMs = performance.now() - warm;
      log(`wrk: article under npm start with ${cores} processes`);
      row.next = await runWrk(`http://127.0.0.1:${PORTS.next}${articlePath}`, args);
      result.http.push(row);
    } catch (error) {
      log(`WEB_CONCURRENCY=${cores}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await multi.stop();
    }
  }
  return result;
}

/**
 * The article as every browser asks for it (Accept-Encoding), through the shipped cache, against
 * nginx serving a precompressed copy of the same prerendered file (gzip_static): the cache should
 * send its stored gzip copy as it is, not compress again per reader.
 */
async function measureCompressed(articlePath: string, html: string | undefined, args: { duration: number; connections: number }): Promise<SizeResult['compressed']> {
  const file = path.resolve(DIST, 'server', 'app', `${articlePath.slice(1)}.html`);
  if (!html || !fs.existsSync(file)) return undefined;
  fs.writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
  try {
    const gzip = ['Accept-Encoding: gzip'];
    const browser = ['Accept-Encoding: br, gzip'];
    await fetch(`http://127.0.0.1:${PORTS.proxy}${articlePath}`, { headers: { 'Accept-Encoding': 'gzip' } }); // warm the gzip copy
    log('wrk: article with Accept-Encoding: gzip from nginx serving the precompressed file, gzip and br, gzip through deploy/nginx.conf; interleaved, best of 2');
    return await bestOfInterleaved(2, {
      staticGzip: () => runWrk(`http://127.0.0.1:${PORTS.static}${articlePath}`, { ...args, headers: gzip }),
      proxyGzip: () => runWrk(`http://127.0.0.1:${PORTS.proxy}${articlePath}`, { ...args, headers: gzip }),
      proxyBrGzip: () => runWrk(`http://127.0.0.1:${PORTS.proxy}${articlePath}`, { ...args, headers: browser }),
    });
  } finally {
    fs.rmSync(`${file}.gz`, { force: true });
  }
}

/** First line a tool prints about its version (nginx and wrk print to stderr, wrk exits 1). */
function version(cmd: string, argv: string[]): string {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n')[0]?.trim() || '?';
}

/** The figures of one size for the goals table (scripts/bench/goals.ts). */
function goalInput(r: SizeResult, prev: SizeResult | undefined): GoalInput {
  const article = r.http.find((h) => h.page === 'article');
  const ratio = (a?: WrkResult, b?: WrkResult) => (a && b && b.requestsPerSecond > 0 ? a.requestsPerSecond / b.requestsPerSecond : undefined);
  return {
    articles: r.corpus.articles,
    buildSeconds: r.build.ok ? r.build.seconds : undefined,
    buildMsPerExtraArticle: prev && prev.build.ok && r.build.ok ? ((r.build.seconds - prev.build.seconds) * 1000) / (r.corpus.articles - prev.corpus.articles) : undefined,
    buildPeakMb: r.build.peakRssBytes / 2 ** 20,
    firstPageMs: r.startup?.firstPageMs,
    firstSearchMs: r.startup?.firstSearchMs,
    rssAfterLoadMb: r.soak ? r.soak.rssBytes / 2 ** 20 : undefined,
    rssLoadSeconds: r.soak?.seconds,
    searchP95Ms: r.search?.p95Ms,
    pageWeightKb: r.weight ? r.weight.bytesAtLoad / 1024 : undefined,
    articleRequestsPerSecond: article?.next?.requestsPerSecond,
    ratioIdentity: ratio(article?.proxy, article?.static),
    ratioGzip: ratio(r.compressed?.proxyGzip, r.compressed?.staticGzip),
    ratioBrGzip: ratio(r.compressed?.proxyBrGzip, r.compressed?.staticGzip),
  };
}

function goalSizes(results: SizeResult[]) {
  return results.map((r, i) => ({ articles: r.corpus.articles, rows: evaluateGoals(goalInput(r, results[i - 1])) }));
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function report(results: SizeResult[], args: Args, startedAt: Date, loadBefore: number[]): string {
  const nextVersion = (JSON.parse(fs.readFileSync('node_modules/next/package.json', 'utf8')) as { version: string }).version;
  const lines: string[] = [];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  lines.push('# Benchmarks', '');
  lines.push('Written by `npm run bench` (scripts/bench/run.ts). Re-run it to refresh; numbers depend on the machine and on what else runs on it.', '');
  lines.push(`- Date: ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  lines.push(`- Machine: ${os.cpus().length} cores (${cpu}), ${fmt(os.totalmem() / 2 ** 30, 1)} GB RAM, load average before the run ${loadBefore.map((l) => l.toFixed(2)).join(' / ')}`);
  lines.push(`- Versions: Node ${process.version}, Next.js ${nextVersion}, ${version('nginx', ['-v'])}, ${version('wrk', ['-v'])}, Chromium ${version('/usr/bin/chromium', ['--version']).replace(/^Chromium\s*/, '')}`);
  lines.push(`- Command: \`npm run bench -- --sizes ${args.sizes.join(',')} --duration ${args.duration} --connections ${args.connections} --soak ${args.soak}\`; corpus sizes are articles per language (German and English, so the site has twice as many)`);
  lines.push('');
  lines.push(
    'Read the figures with the load average in mind: on a shared machine every time and throughput here is a lower bound. The `health (calibration)` row is the cheapest route Next.js can serve; when it is far below a few thousand requests per second, the Node.js process was starved of CPU, and the `npm start` rows say more about the machine than about the site. Page weight, bundle sizes and HTML sizes do not depend on load.',
    '',
  );

  lines.push('## Goals (issue 15)', '');
  lines.push(goalsMarkdown(goalSizes(results)), '');
  lines.push(
    'PASS/FAIL against the goal; `–`: a figure without a goal. Build figures come from the build of that size (ms per extra article against the size before it). Start-up: `npm start` spawned, then the article page and `/api/search` polled every 20 ms. Search p95: the 50 fixed queries of `npm run bench:search` against `/api/search` of the running server, one at a time over one kept-alive connection (node:http), 4 rounds after a warm-up (HTTP included). RSS: the server process tree without npm, after the load over random articles. The blog-starter figures (2,708 / 2,960 / 2,741 req/s for 200 / 1,000 / 3,000 posts) were measured for issue 15 on this machine and are quoted, not re-run: the starter cannot be downloaded here. Ratios: the article through deploy/nginx.conf ÷ the same nginx settings serving the prerendered file (`gzip_static` for the compressed runs), each the best of 2 interleaved runs; nginx-light has no brotli module, so `br, gzip` gets the gzip copy from both.',
    '',
  );

  lines.push('## Content check (read, validate, compile: the first step of `npm run build`)', '');
  lines.push('| articles | corpus size | words | time | articles/s |', '|---:|---:|---:|---:|---:|');
  for (const r of results) lines.push(`| ${fmt(r.corpus.articles)} | ${fmt(r.corpus.bytes / 2 ** 20, 1)} MB | ${fmt(r.corpus.words)} | ${fmt(r.load.ms)} ms | ${fmt(r.load.perSecond)} |`);
  lines.push('');

  lines.push('## Full `next build`', '');
  lines.push('| articles | build time | ms per extra article page | peak memory (build process tree) |', '|---:|---:|---:|---:|');
  results.forEach((r, i) => {
    const prev = results[i - 1];
    const slope = prev ? `${fmt(((r.build.seconds - prev.build.seconds) * 1000) / (r.corpus.articles - prev.corpus.articles), 1)}` : '–';
    lines.push(`| ${fmt(r.corpus.articles)} | ${r.build.ok ? `${fmt(r.build.seconds, 1)} s` : 'failed'} | ${slope} | ${fmt(r.build.peakRssBytes / 2 ** 20)} MB |`);
  });
  lines.push('', 'Target: under 10 ms of build time per extra article page (the Next.js blog-starter needs about 21 ms on this machine). The build includes the TypeScript check of the whole project and the standalone output. It prerenders the newest articles and the first listing pages; older articles, numbered listing pages and hashtag pages render on their first request (lib/prerender.ts), so the remaining growth is reading and rendering the content itself.', '');

  const last = [...results].reverse().find((r) => r.bundles.length > 0);
  if (last) {
    const floor = last.bundles.find((b) => b.route === '/_not-found');
    lines.push(`## First-load JavaScript per route (gzip, build with ${fmt(last.corpus.articles)} articles)`, '');
    lines.push('| route | first-load JS | vs /_not-found |', '|---|---:|---:|');
    for (const b of [...last.bundles].sort((a, c) => a.route.localeCompare(c.route))) {
      const rel = floor ? `${b.gzipBytes >= floor.gzipBytes ? '+' : ''}${fmt(((b.gzipBytes - floor.gzipBytes) / floor.gzipBytes) * 100, 1)} %` : '–';
      lines.push(`| \`${b.route}\` | ${kb(b.gzipBytes)} | ${rel} |`);
    }
    lines.push('', 'Budget (tests/e2e/budgets.spec.ts): every page within 8 % of the `/_not-found` floor of the same build.', '');
  }

  lines.push('## Article page weight', '');
  lines.push('| articles | first-load JS (article route) | HTML (raw / gzip) | bytes over the wire until load | incl. everything after load (prefetches) | requests |', '|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const article = r.bundles.find((b) => b.route.includes('/articles/'));
    const w = r.weight;
    lines.push(
      `| ${fmt(r.corpus.articles)} | ${article ? kb(article.gzipBytes) : '–'} | ${r.articleHtml ? `${kb(r.articleHtml.raw)} / ${kb(r.articleHtml.gzip)}` : '–'} | ${w ? kb(w.bytesAtLoad) : '–'} | ${w ? kb(w.totalBytes) : '–'} | ${w ? `${w.requestsAtLoad} + ${w.requests - w.requestsAtLoad}` : '–'} |`,
    );
  }
  lines.push('', 'Chromium (desktop viewport, empty cache), the page scrolled to the end so every in-view link can prefetch; must stay flat as the corpus grows.', '');

  const withServer = results.filter((r) => r.startup || r.search || r.soak);
  if (withServer.length) {
    lines.push('## Server start-up, search and memory under load', '');
    lines.push('| articles | spawn → first page | first page → first search | search p50 / p95 (samples) | load over random articles | server RSS after it |', '|---:|---:|---:|---:|---:|---:|');
    for (const r of withServer) {
      const st = r.startup;
      const se = r.search;
      const so = r.soak;
      lines.push(
        `| ${fmt(r.corpus.articles)} | ${st ? `${fmt(st.firstPageMs)} ms` : '–'} | ${st ? `${fmt(st.firstSearchMs)} ms` : '–'} | ${se ? `${fmt(se.p50Ms, 2)} / ${fmt(se.p95Ms, 2)} ms (${se.samples})` : '–'} | ${so ? `${so.seconds} s, ${fmt(so.paths)} pages, ${fmt(so.load.requestsPerSecond)} req/s${so.load.errors ? `, ${so.load.errors} errors` : ''}` : '–'} | ${so ? `${fmt(so.rssBytes / 2 ** 20)} MB` : '–'} |`,
      );
    }
    lines.push('');
  }

  if (results.some((r) => r.http.length)) {
    lines.push(`## Throughput (wrk, ${args.connections} connections, ${args.duration} s per run, no compression)`, '');
    lines.push('| articles | page | `npm start` req/s | p50 | p99 | nginx, prerendered file: req/s | p50 | p99 | through deploy/nginx.conf: req/s | p50 | p99 |', '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    const cell = (w?: WrkResult) => (w && w.requests === 0 ? 'no answer within the run | – | –' : w ? `${fmt(w.requestsPerSecond)}${w.errors ? ` (${w.errors} errors)` : ''} | ${fmt(w.p50Ms, 2)} ms | ${fmt(w.p99Ms, 2)} ms` : '– | – | –');
    for (const r of results) for (const row of r.http) lines.push(`| ${fmt(r.corpus.articles)} | ${row.page}${row.firstMs !== undefined ? ` (first request ${fmt(row.firstMs)} ms)` : ''} | ${cell(row.next)} | ${cell(row.static)} | ${cell(row.proxy)} |`);
    lines.push('');
    lines.push('Static-server ratio (article page through the caching proxy ÷ nginx serving the file directly; goal ≥ 80 %), and `npm start` next to the blog-starter’s quoted figure (issue 15, this machine, not re-run):', '');
    for (const r of results) {
      const a = r.http.find((h) => h.page === 'article');
      if (a?.proxy && a.static) {
        const multi = r.http.find((h) => h.page.startsWith('article, '));
        const multiText = multi?.next ? `, ${fmt(multi.next.requestsPerSecond)} req/s with ${multi.page.replace(/^article, /, '')}` : '';
        const ref = blogStarterReference(r.corpus.articles);
        lines.push(`- ${fmt(r.corpus.articles)} articles: proxy ${fmt(a.proxy.requestsPerSecond)} ÷ static ${fmt(a.static.requestsPerSecond)} = **${fmt((a.proxy.requestsPerSecond / a.static.requestsPerSecond) * 100)} %**; npm start ${fmt(a.next?.requestsPerSecond ?? 0)} req/s (one process)${multiText}; blog-starter (quoted, ${fmt(ref.posts)} posts) ${fmt(ref.requestsPerSecond)} req/s`);
      }
    }
    const compressed = results.filter((r) => r.compressed);
    if (compressed.length) {
      lines.push('', 'With compression, as browsers ask (article; goal: the cache ≥ 0.8× nginx serving the precompressed file):', '');
      lines.push('| articles | nginx, precompressed file (gzip) | p50 | p99 | deploy/nginx.conf, `gzip` | p50 | p99 | deploy/nginx.conf, `br, gzip` | p50 | p99 | ratio gzip / br, gzip |', '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
      for (const r of compressed) {
        const c = r.compressed!;
        const ratio = (w: WrkResult) => fmt(w.requestsPerSecond / c.staticGzip.requestsPerSecond, 2);
        lines.push(`| ${fmt(r.corpus.articles)} | ${cell(c.staticGzip)} | ${cell(c.proxyGzip)} | ${cell(c.proxyBrGzip)} | ${ratio(c.proxyGzip)}× / ${ratio(c.proxyBrGzip)}× |`);
      }
    }
    const cc = results.find((r) => r.cacheControl)?.cacheControl;
    if (cc) lines.push('', `Article \`Cache-Control\` from \`npm start\`: \`${cc}\`.`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  PORTS.next = args.portBase;
  PORTS.static = args.portBase + 1;
  PORTS.proxy = args.portBase + 2;
  const startedAt = new Date();
  const loadBefore = os.loadavg();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'technow-bench-'));
  log(`sizes (articles per language): ${args.sizes.join(', ')}; work folder ${root}`);
  const results: SizeResult[] = [];
  try {
    for (const size of args.sizes) {
      results.push(await measureSize(size, args, root));
      fs.mkdirSync(path.dirname(args.out), { recursive: true });
      fs.writeFileSync(args.out, report(results, args, startedAt, loadBefore));
      log(`report updated: ${args.out}`);
      fs.rmSync(path.join(root, `content-${size}`), { recursive: true, force: true });
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(DIST, { recursive: true, force: true });
  }
  process.stdout.write(`\n${fs.readFileSync(args.out, 'utf8')}\n${goalsText(goalSizes(results))}\n`);
  if (results.some((r) => !r.build.ok)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
