// @ts-check
/**
 * The production server: Next.js (public custom-server API) behind a request guard.
 *
 *   node scripts/serve.mjs [-p 3000] [-H 0.0.0.0]      (npm start; PORT / BIND_HOST work too)
 *   WEB_CONCURRENCY=2 npm start                          (one server process per core)
 *
 * Why not plain `next start`:
 * - Node's fetch refuses to build a Request for TRACE (and Next turns that into a 500 before any of
 *   our code runs); CONNECT is dropped without an answer. The guard answers both with 405.
 * - Unusual methods on pages and undecodable paths used to be refused in proxy.ts, which Next runs
 *   on every page request at about a quarter of the throughput. Here the same checks cost a Set
 *   lookup and a decodeURIComponent, and proxy.ts only runs where it is needed: on paths without a
 *   language prefix, which it redirects.
 * - Which pages exist is asked, per request, of the app's model of what is public now (registered on
 *   globalThis by instrumentation.ts, lib/publication/pages.ts): an unknown page under /de or /en
 *   gets the prerendered 404 page of its language, in full, before Next renders anything; an old
 *   address of a real page gets its 308 (lib/routing/redirects.ts). Nothing is read from the build's
 *   sitemap: an article that becomes public after the build is a real page at its time.
 * - Scheduled articles go live by themselves: each process keeps a timer for the next publication
 *   time and then expires its own page cache (revalidatePath through a private loopback listener,
 *   app/api/internal/revalidate); at start-up too when the build's prerendered pages may show
 *   another moment or other content (hooks.pagesChangedSinceBuild).
 * The guard's own answers carry the headers next.config.ts gives every response (read from the
 * build's routes-manifest.json, so there is one source of truth).
 *
 * The same file runs in the standalone folder (scripts/start-standalone.sh, Dockerfile copy it next
 * to server.js). NEXT_DIST_DIR selects the build (default .next).
 */
import cluster from 'node:cluster';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import next from 'next';

/** Methods a page answers; POST stays open for server actions. */
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST']);
/** Methods nothing here answers and Next cannot even represent. */
const REFUSED_EVERYWHERE = new Set(['TRACE', 'CONNECT']);

/**
 * What the guard answers instead of Next, or null to pass the request on.
 * @param {string} method
 * @param {string} url the raw request target, as received
 * @returns {{ status: 400 | 405, allow?: string } | null}
 */
export function guard(method, url) {
  if (REFUSED_EVERYWHERE.has(method)) return { status: 405, allow: 'GET, HEAD' };
  const query = url.indexOf('?');
  const pathname = query === -1 ? url : url.slice(0, query);
  // Next answers 500 on route parameters that do not decode to UTF-8.
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  // Route handlers answer their own methods (405, or 204 for OPTIONS); static assets are Next's.
  if (pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return null;
  if (!PAGE_METHODS.has(method)) return { status: 405, allow: 'GET, HEAD' };
  return null;
}

/**
 * Header rules that next.config.ts `headers()` compiled into the build, for the guard's own answers.
 * @param {string} distDir absolute path of the build folder
 * @returns {(pathname: string) => [string, string][]}
 */
export function configuredHeaders(distDir) {
  /** @type {{ headers?: { regex: string; headers: { key: string; value: string }[] }[] }} */
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'routes-manifest.json'), 'utf8'));
  const rules = (manifest.headers ?? []).map((rule) => ({ regex: new RegExp(rule.regex), headers: rule.headers }));
  return (pathname) => rules.filter((rule) => rule.regex.test(pathname)).flatMap((rule) => rule.headers.map(({ key, value }) => /** @type {[string, string]} */ ([key, value])));
}

/*
 * For paths without a language prefix: shapes of article and listing pages under another first
 * segment ("/fr/articles/x.y", which the proxy does not redirect because it has a dot, or
 * "/images/articles/missing.webp") get the global 404 page here instead of an on-demand render.
 */
const LISTED = /^\/[^/]+\/(?:articles\/[^/]+|author\/[^/]+|tag\/[^/]+(?:\/[^/]+)?|archive\/[^/]+|category\/[^/]+(?:\/(?!feed\.xml$|atom\.xml$)[^/]+)?)$/;
/** The localised 404 page itself (app/[lang]/404): only ever sent with status 404. */
const NOT_FOUND_PAGE = /^\/[^/]+\/404$/;
/** The route that expires this process's page cache; reachable only through the private listener. */
export const INTERNAL_REVALIDATE = '/api/internal/revalidate';
const HOOKS = Symbol.for('technow.publication');
const REVALIDATE_TOKEN = Symbol.for('technow.revalidate-token');

/**
 * @typedef {{ kind: 'page' } | { kind: 'pass' } | { kind: 'redirect', location: string } | { kind: 'notFound', lang?: string }} Resolution
 * @typedef {{ resolve(pathname: string, cookieHeader?: string): Resolution, isHiddenFile(pathname: string, cookieHeader?: string): boolean, nextPublicationAt(): number | undefined, pagesChangedSinceBuild?(): boolean }} PublicationHooks
 */

/**
 * The model the Next app registered in this process (instrumentation.ts), or undefined before that.
 * @returns {PublicationHooks | undefined}
 */
export function publicationHooks() {
  return /** @type {Record<symbol, PublicationHooks | undefined>} */ (/** @type {unknown} */ (globalThis))[HOOKS];
}

/**
 * What the server does with a GET or HEAD request for a path.
 * @param {string} pathname raw path, without the query
 * @param {{ publicPaths: Set<string>, hooks?: PublicationHooks, cookie?: string, query?: string }} context query: the raw query string without "?"
 * @returns {Resolution}
 */
export function resolveRequest(pathname, { publicPaths, hooks, cookie, query = '' }) {
  // A cover image of an article that is not public yet, directly or through the image optimiser.
  if (publicPaths.has(pathname)) return hooks?.isHiddenFile(pathname, cookie) ? { kind: 'notFound' } : { kind: 'pass' };
  if (pathname === '/_next/image') {
    const source = new URLSearchParams(query).get('url') ?? '';
    const file = source.startsWith('/') ? (source.split('?')[0] ?? '') : '';
    return file && hooks?.isHiddenFile(encodeURI(file), cookie) ? { kind: 'notFound' } : { kind: 'pass' };
  }
  if (pathname === '/' || pathname.startsWith('/_next/') || pathname.startsWith('/api/')) return { kind: 'pass' };
  if (NOT_FOUND_PAGE.test(pathname)) return { kind: 'notFound' };
  /** @type {Resolution} */
  const answer = hooks ? hooks.resolve(pathname, cookie) : { kind: 'pass' };
  if (answer.kind === 'pass' && LISTED.test(pathname)) return { kind: 'notFound' };
  return answer;
}

/**
 * Milliseconds to wait for a publication time: a little after it (so the model already counts the
 * article as public), never negative, and within what setTimeout accepts (about 24.8 days; the
 * timer is simply set again then).
 * @param {number} at
 * @param {number} now
 */
export function delayUntil(at, now) {
  return Math.min(Math.max(0, at - now) + 10, 2 ** 31 - 1);
}

/**
 * Expires this process's page cache whenever a scheduled article's time comes, and at start-up
 * when `staleAtStart` says the build's prerendered pages may differ from what is public now.
 * A second pass shortly after catches a page whose render began just before the moment and was
 * stored just after it.
 * @param {{ nextAt: () => number | undefined, invalidate: () => Promise<void>, staleAtStart?: () => boolean, log?: (message: string) => void }} options
 * @returns {{ stop(): void }}
 */
export function schedulePublications({ nextAt, invalidate, staleAtStart = () => true, log = console.error }) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  let stopped = false;
  const run = () => invalidate().catch((error) => log(`page cache invalidation failed: ${error instanceof Error ? error.message : String(error)}`));
  const arm = () => {
    if (stopped) return;
    let at;
    try {
      at = nextAt();
    } catch (error) {
      log(`no publication schedule: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (at === undefined) return;
    timer = setTimeout(() => {
      void run().then(() => {
        setTimeout(() => void run(), 1500).unref();
        arm();
      });
    }, delayUntil(at, Date.now()));
    timer.unref();
  };
  let stale = true;
  try {
    stale = staleAtStart();
  } catch (error) {
    log(`could not tell whether the prerendered pages are current, expiring them: ${error instanceof Error ? error.message : String(error)}`);
  }
  void (stale ? run() : Promise.resolve()).then(arm);
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/**
 * URL paths of the files in public/ ("/images/articles/klarna.webp"), which Next serves as they
 * are and which can look like pages of a listed route.
 * @param {string} publicDir
 * @returns {Set<string>}
 */
export function publicFiles(publicDir) {
  const paths = new Set();
  if (!fs.existsSync(publicDir)) return paths;
  for (const entry of fs.readdirSync(publicDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(publicDir, path.join(entry.parentPath, entry.name));
    paths.add(encodeURI(`/${relative.split(path.sep).join('/')}`));
  }
  return paths;
}

/**
 * The prerendered 404 pages: one per language (app/[lang]/404) and the global one, plain and gzip.
 * @param {string} distDir absolute path of the build folder
 * @returns {(pathname: string) => { html: Buffer, gzip: Buffer }} the page for a path's language
 */
export function notFoundPages(distDir) {
  const app = path.join(distDir, 'server', 'app');
  const load = (/** @type {string} */ file) => {
    const html = fs.readFileSync(file);
    return { html, gzip: zlib.gzipSync(html) };
  };
  const global = load(path.join(app, '_not-found.html'));
  /** @type {Map<string, { html: Buffer, gzip: Buffer }>} */
  const byLanguage = new Map();
  for (const entry of fs.readdirSync(app, { withFileTypes: true })) {
    const file = path.join(app, entry.name, '404.html');
    if (entry.isDirectory() && fs.existsSync(file)) byLanguage.set(entry.name, load(file));
  }
  return (pathname) => byLanguage.get(pathname.split('/')[1] ?? '') ?? global;
}

/**
 * @param {string[]} argv
 * @param {string} short
 * @param {string} long
 */
function option(argv, short, long) {
  const i = argv.findIndex((a) => a === short || a === long);
  return i === -1 ? undefined : argv[i + 1];
}

/**
 * WEB_CONCURRENCY: how many server processes share the port (Node's cluster module; default 1).
 * One Node process uses one core; on this project's 2-core benchmark machine two processes served
 * the article about 70 % faster. Each keeps its own page cache; SQLite is shared safely (WAL, busy
 * timeout, the daily salt in the database).
 * @param {string | undefined} value
 * @returns {number}
 */
export function workerCount(value) {
  if (value === undefined || value.trim() === '') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`WEB_CONCURRENCY: found "${value}", expected a whole number of server processes from 1 to 64`);
  }
  return n;
}

/**
 * Listens on a random loopback port of this process alone and resolves with the port. In a cluster
 * worker a plain listen(0) is handled by the primary, which hands every worker the same port and
 * spreads connections over them: a request to "my" private port could reach another process.
 * `exclusive` makes the worker bind the socket itself.
 * @param {import('node:net').Server} server
 * @returns {Promise<number>}
 */
export function listenPrivately(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      server.off('error', reject);
      resolve(/** @type {import('node:net').AddressInfo} */ (server.address()).port);
    });
  });
}

/** What a worker sends the primary once its public listener accepts connections. */
const LISTENING = 'technow:listening';

/**
 * The primary process of WEB_CONCURRENCY > 1: starts the workers, prints `ready` once every one of
 * them listens (not before: a client told "ready" would otherwise find some of them missing),
 * replaces one that dies while serving, gives up when one dies during start-up (it would only die
 * again), and stops them all on SIGTERM/SIGINT.
 * @param {number} processes
 * @param {string} ready
 */
function supervise(processes, ready) {
  let stopping = false;
  let announced = false;
  /** @type {Map<number, number>} worker id → start time */
  const started = new Map();
  /** @type {Set<number>} ids of the workers that reported listening */
  const listening = new Set();
  const fork = () => started.set(cluster.fork().id, Date.now());
  for (let i = 0; i < processes; i++) fork();
  cluster.on('message', (worker, message) => {
    if (message !== LISTENING) return;
    listening.add(worker.id);
    if (!announced && listening.size === processes) {
      announced = true;
      console.log(ready);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    const age = Date.now() - (started.get(worker.id) ?? 0);
    const startingUp = !listening.has(worker.id) || age < 10_000;
    started.delete(worker.id);
    listening.delete(worker.id);
    if (stopping) {
      if (started.size === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    if (startingUp) {
      console.error(`server process ${worker.process.pid} exited during start-up (${signal ?? code}); stopping`);
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      process.exitCode = 1;
      if (started.size === 0) process.exit(1);
      return;
    }
    console.error(`server process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  // A second signal (npm passes SIGTERM on to a process group that already got it) changes nothing.
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main() {
  const argv = process.argv.slice(2);
  const port = Number(option(argv, '-p', '--port') ?? process.env.PORT ?? 3000);
  const hostname = option(argv, '-H', '--hostname') ?? process.env.BIND_HOST ?? '0.0.0.0';
  const dir = process.cwd();
  // Next's types mark NODE_ENV read-only; `next start` sets it the same way.
  /** @type {Record<string, string | undefined>} */ (process.env).NODE_ENV = 'production';

  // Run with the configuration the build recorded, as Next's standalone server.js does: the server
  // cannot drift from the build (distDir, headers), and the standalone folder has no next.config.ts.
  const distName = process.env.NEXT_DIST_DIR ?? '.next';
  const recorded = path.join(dir, distName, 'required-server-files.json');
  if (!fs.existsSync(recorded)) {
    console.error(`No build in ${path.join(dir, distName)}: run \`npm run build\` first.`);
    process.exit(1);
  }
  const processes = workerCount(process.env.WEB_CONCURRENCY);
  /** @type {Record<string, unknown> & { distDir: string }} */
  const conf = JSON.parse(fs.readFileSync(recorded, 'utf8')).config;
  const readyLine = (/** @type {string} */ who) => `▲ TechNow ready on http://${hostname}:${port} (build ${conf.distDir}, ${who})`;
  if (cluster.isPrimary && processes > 1) return supervise(processes, readyLine(`${processes} processes`));

  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(conf);

  // This process's key to its own cache-invalidation route; never leaves the process's memory.
  const revalidateToken = crypto.randomBytes(32).toString('hex');
  /** @type {Record<symbol, string>} */ (/** @type {unknown} */ (globalThis))[REVALIDATE_TOKEN] = revalidateToken;

  const app = next({ dev: false, dir, hostname, port, conf });
  const handle = app.getRequestHandler();
  await app.prepare();
  const headersFor = configuredHeaders(path.join(dir, conf.distDir));
  const publicPaths = publicFiles(path.join(dir, 'public'));
  const notFoundFor = notFoundPages(path.join(dir, conf.distDir));

  /**
   * @param {http.ServerResponse} res
   * @param {string} pathname
   * @param {{ status: number, allow?: string }} answer
   */
  const refuse = (res, pathname, answer) => {
    for (const [key, value] of headersFor(pathname)) res.setHeader(key, value);
    if (answer.allow) res.setHeader('Allow', answer.allow);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Length', '0');
    res.statusCode = answer.status;
    res.end();
  };

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {string} pathname
   */
  const sendNotFound = (req, res, pathname) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const page = notFoundFor(pathname);
    const body = gzip ? page.gzip : page.html;
    for (const [key, value] of headersFor(pathname)) res.setHeader(key, value);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate');
    res.setHeader('Vary', 'Accept-Encoding');
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', String(body.length));
    res.statusCode = 404;
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = http.createServer((req, res) => {
    // Private headers for the app (lib/http/socket.ts), always overwritten so a client cannot set them:
    // the socket's peer (client or proxy: TRUSTED_PROXIES decides) and the address:port it reached.
    const { remoteAddress = '', localAddress = '', localPort } = req.socket;
    req.headers['x-technow-peer'] = remoteAddress;
    req.headers['x-technow-local'] = `${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}`;
    const url = req.url ?? '/';
    const answer = guard(req.method ?? 'GET', url);
    const query = url.indexOf('?');
    const pathname = query === -1 ? url : url.slice(0, query);
    if (answer) return refuse(res, pathname, answer);
    if (pathname.startsWith('/api/internal/')) return sendNotFound(req, res, pathname);
    if (req.method === 'GET' || req.method === 'HEAD') {
      /** @type {Resolution} */
      let resolution = { kind: 'pass' };
      try {
        resolution = resolveRequest(pathname, { publicPaths, hooks: publicationHooks(), cookie: req.headers.cookie, query: query === -1 ? '' : url.slice(query + 1) });
      } catch (error) {
        // Content the model cannot read (a broken CONTENT_DIR): Next renders its error page.
        console.error(error);
      }
      if (resolution.kind === 'notFound') return sendNotFound(req, res, pathname);
      if (resolution.kind === 'redirect') {
        for (const [key, value] of headersFor(pathname)) res.setHeader(key, value);
        res.setHeader('Location', resolution.location + (query === -1 ? '' : url.slice(query)));
        res.setHeader('Cache-Control', 'public, max-age=3600');
        res.setHeader('Content-Length', '0');
        res.statusCode = 308;
        return res.end();
      }
    }
    return handle(req, res);
  });
  // CONNECT never reaches the request listener; without this Node drops the connection silently.
  server.on('connect', (_req, socket) => {
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
  const keepAlive = Number(process.env.KEEP_ALIVE_TIMEOUT);
  if (Number.isFinite(keepAlive) && keepAlive > 0) server.keepAliveTimeout = keepAlive;

  // The private listener of this process: loopback only, random port, one route. Requests to the
  // shared public port could land in another process of the cluster.
  const internal = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === INTERNAL_REVALIDATE) return handle(req, res);
    res.statusCode = 404;
    res.end();
  });
  const internalPort = await listenPrivately(internal);
  const invalidate = async () => {
    const res = await fetch(`http://127.0.0.1:${internalPort}${INTERNAL_REVALIDATE}`, { method: 'POST', headers: { 'x-technow-revalidate': revalidateToken } });
    if (res.status !== 204) throw new Error(`${INTERNAL_REVALIDATE} answered ${res.status}`);
  };

  /** @type {{ stop(): void } | undefined} */
  let schedule;
  let closing = false;
  // Idempotent: the primary passes SIGTERM on to a worker that may have got it from the group too.
  const shutdown = () => {
    if (closing) return;
    closing = true;
    schedule?.stop();
    internal.close();
    server.close(() => process.exit(0));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  // A process that cannot listen (port taken, no permission) must end, so the primary and whoever
  // started it see a failed start instead of a server that never answers.
  const listenFailed = (/** @type {Error} */ error) => {
    console.error(`server process ${process.pid} could not listen on ${hostname}:${port}: ${error.message}`);
    process.exit(1);
  };
  server.once('error', listenFailed);
  server.listen(port, hostname, () => {
    server.off('error', listenFailed);
    // The page model is registered by instrumentation.ts, which Next may run after this point:
    // wait for it rather than silently running without a publication timer.
    void (async () => {
      for (let waited = 0; !publicationHooks() && waited < 120_000; waited += 200) await new Promise((r) => setTimeout(r, 200));
      const hooks = publicationHooks();
      if (hooks) schedule = schedulePublications({ nextAt: () => hooks.nextPublicationAt(), invalidate, staleAtStart: () => hooks.pagesChangedSinceBuild?.() ?? true });
      else console.error('The app registered no publication model (instrumentation.ts): unknown pages and scheduled articles are left to Next; listings catch up through their 30 s revalidation.');
    })();
    if (cluster.isWorker) {
      console.log(`server process ${process.pid} listening on http://${hostname}:${port} (private port 127.0.0.1:${internalPort})`);
      process.send?.(LISTENING);
    } else {
      console.log(readyLine(`process ${process.pid}`));
    }
  });
}

// Run only as a program, not when a test imports guard() and configuredHeaders().
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/serve.mjs')) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
