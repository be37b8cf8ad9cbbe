/**
 * Runs nginx for benchmarks and tests, in two roles:
 * - "proxy": the shipped deploy/nginx.conf (caching reverse proxy) with only paths and ports rewritten;
 * - "static": the same file's http settings with a server block that serves prerendered HTML files
 *   straight from disk (the baseline), so both differ only in what the server block does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DEPLOY_CONFIG = path.resolve('deploy/nginx.conf');

export interface NginxHandle {
  port: number;
  workDir: string;
  stop: () => Promise<void>;
}

function tempLayout(workDir: string) {
  const dirs = { cache: path.join(workDir, 'cache'), body: path.join(workDir, 'body'), proxy: path.join(workDir, 'proxy-temp') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  return dirs;
}

function replaceOnce(text: string, pattern: RegExp, replacement: string): string {
  if (!pattern.test(text)) throw new Error(`deploy/nginx.conf: expected to find ${pattern} (the bench rewrites it)`);
  return text.replace(pattern, replacement);
}

const userLine = () => (process.getuid?.() === 0 ? 'user root;' : '');

/** deploy/nginx.conf with the lines marked "bench:" pointed at a private work folder and ports. */
export function renderProxyConfig(options: { port: number; workDir: string; source?: string } & ({ upstreamPort: number } | { upstreamPorts: number[] })): string {
  const ports = 'upstreamPorts' in options ? options.upstreamPorts : [options.upstreamPort];
  const dirs = tempLayout(options.workDir);
  let conf = options.source ?? fs.readFileSync(DEPLOY_CONFIG, 'utf8');
  conf = replaceOnce(conf, /^user [^;]+;/m, userLine());
  conf = replaceOnce(conf, /^pid [^;]+;/m, `pid ${path.join(options.workDir, 'nginx.pid')};`);
  conf = replaceOnce(conf, /^error_log [^;]+;/m, `error_log ${path.join(options.workDir, 'error.log')} warn;`);
  conf = replaceOnce(conf, /access_log [^;]+;/, 'access_log off;');
  conf = replaceOnce(conf, /client_body_temp_path [^;]+;/, `client_body_temp_path ${dirs.body};`);
  conf = replaceOnce(conf, /proxy_temp_path [^;]+;/, `proxy_temp_path ${dirs.proxy};`);
  // The upstream's instances (lines marked "bench: port"): one line per given port, same options.
  const instance = /^(\s*)server 127\.0\.0\.1:\d+([^;]*);[^\n]*# bench: port\n/m;
  const match = instance.exec(conf);
  if (!match) throw new Error(`deploy/nginx.conf: expected to find ${instance} (the bench rewrites it)`);
  const lines = ports.map((p) => `${match[1]}server 127.0.0.1:${p}${match[2]};\n`).join('');
  conf = conf.replace(new RegExp(instance.source, 'gm'), '').replace(/^(\s*upstream technow \{\n)/m, `$1${lines}`);
  conf = replaceOnce(conf, /proxy_cache_path \/var\/cache\/nginx\/technow /, `proxy_cache_path ${dirs.cache} `);
  conf = replaceOnce(conf, /listen 80;/, `listen 127.0.0.1:${options.port};`);
  return conf;
}

/**
 * Where the `server { … }` block starts and ends (just past its closing brace): braces inside
 * comments and quoted strings (the map's regular expressions) do not count.
 */
export function findServerBlock(conf: string): { start: number; end: number } {
  const start = conf.search(/^\s*server\s*\{/m);
  if (start < 0) throw new Error('deploy/nginx.conf: no server block');
  let depth = 0;
  let quote: string | null = null;
  for (let i = conf.indexOf('{', start); i < conf.length; i++) {
    const ch = conf[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '#') {
      const eol = conf.indexOf('\n', i);
      i = eol < 0 ? conf.length : eol;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return { start, end: i + 1 };
  }
  throw new Error('deploy/nginx.conf: the server block is not closed');
}

/**
 * nginx serving files from `root` ("/de/articles/x" → root/de/articles/x.html): the shipped
 * deploy/nginx.conf rendered as for the proxy (same workers, events, sendfile, tcp_nopush,
 * keep-alive, gzip settings, logging), only its server block swapped for one that serves files. A
 * file with a precompressed neighbour (x.html.gz) goes out as it is to clients that accept gzip.
 */
export function renderStaticConfig(options: { port: number; root: string; workDir: string; source?: string }): string {
  const conf = renderProxyConfig({ port: options.port, upstreamPort: 1, workDir: options.workDir, source: options.source });
  const { start, end } = findServerBlock(conf);
  const server = `
  server {
    listen 127.0.0.1:${options.port};
    server_name _;
    root ${options.root};
    gzip_static on;
    location / { try_files $uri $uri.html $uri/index.html =404; }
  }`;
  return conf.slice(0, start) + server + conf.slice(end);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on port ${port} after ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Starts nginx in the foreground with the given configuration; stop() ends it and removes its files. */
export async function startNginx(config: string, port: number, workDir: string): Promise<NginxHandle> {
  // Something already listening would answer our readiness probe and be measured instead.
  if (await portOpen(port)) throw new Error(`port ${port} is already in use`);
  fs.mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, 'nginx.conf');
  fs.writeFileSync(file, config);
  const child: ChildProcess = spawn('nginx', ['-c', file, '-p', workDir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      waitForPort(port, 10_000),
      exited.then(() => {
        throw new Error(`nginx exited: ${stderr.trim()}`);
      }),
    ]);
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    port,
    workDir,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      }
    },
  };
}

export function makeWorkDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
