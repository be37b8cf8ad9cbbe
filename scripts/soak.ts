/**
 * npm run soak [-- --url http://127.0.0.1:3000] [--duration 60] [--connections 100]
 *
 * A load run over a mix of pages (home, articles, categories, tags, search, feeds, health) with wrk.
 * Without --url it starts the production server (scripts/serve.mjs) on the existing build (NEXT_DIST_DIR, default .next) on port
 * 3209 and reports the server's memory before, at peak and after. Exit code 1 on any error.
 * Not part of CI: it takes a minute and saturates the machine.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseWrk } from './bench/wrk';
import { startLocalServer, type LocalServer } from './local-server';

interface Args {
  url?: string;
  duration: number;
  connections: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { duration: 60, connections: 100 };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1];
    if (argv[i] === '--url' && v) args.url = v.replace(/\/+$/, '');
    else if (argv[i] === '--duration' && v) args.duration = Number(v);
    else if (argv[i] === '--connections' && v) args.connections = Number(v);
    else throw new Error(`unknown option ${argv[i]}`);
    i++;
  }
  return args;
}

/** Resident memory of a process and its children (MB), from /proc. */
function rssMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {
      // Gone, or no children file on this kernel.
    }
  }
  return total;
}

/** A mix of real paths: from the sitemap (articles, categories, tags, authors) plus search, feeds and health. */
async function pagePaths(base: string): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  const fromSitemap = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const picked = fromSitemap.filter((_, i) => i % Math.max(1, Math.floor(fromSitemap.length / 40)) === 0).slice(0, 40);
  const paths = [...new Set(['/de', '/en', ...picked, '/de/search?q=ki', '/en/search?q=ai', '/de/feed.xml', '/api/health'])];
  // Only paths that answer 200 now: the soak measures errors under load, not missing pages.
  const ok: string[] = [];
  for (const p of paths) if ((await fetch(`${base}${p}`)).status === 200) ok.push(p);
  return ok;
}

function luaScript(paths: string[]): string {
  return `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let base = args.url;
  let server: LocalServer | undefined;
  if (!base) {
    const dist = process.env.NEXT_DIST_DIR ?? '.next';
    if (!fs.existsSync(path.join(dist, 'BUILD_ID'))) throw new Error(`no build in ${dist}: run npm run build first, or pass --url`);
    base = 'http://127.0.0.1:3209';
    const busy = await fetch(`${base}/api/health`).then(
      () => true,
      () => false,
    );
    if (busy) throw new Error('port 3209 is already in use: stop that server or pass --url');
    server = await startLocalServer(3209, { DATA_DIR: process.env.DATA_DIR ?? path.join(os.tmpdir(), 'technow-soak-data') });
  }
  try {
    const paths = await pagePaths(base);
    console.log(`soak: ${args.duration} s, ${args.connections} connections, ${paths.length} paths against ${base}`);
    const before = server?.child.pid ? rssMb(server.child.pid) : undefined;
    let peak = before ?? 0;
    const timer = setInterval(() => {
      if (server?.child.pid) peak = Math.max(peak, rssMb(server.child.pid));
    }, 1000);
    const script = path.join(os.tmpdir(), `technow-soak-${process.pid}.lua`);
    fs.writeFileSync(script, luaScript(paths));
    const output = await new Promise<string>((resolve, reject) => {
      execFile('wrk', ['-t2', `-c${args.connections}`, `-d${args.duration}s`, '--latency', '--timeout', '10s', '-s', script, base], { maxBuffer: 1 << 20 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      );
    });
    clearInterval(timer);
    fs.rmSync(script, { force: true });
    await new Promise((r) => setTimeout(r, 5000));
    const after = server?.child.pid ? rssMb(server.child.pid) : undefined;
    const result = parseWrk(output);
    const health = await fetch(`${base}/api/health`);
    console.log(output.trim());
    console.log('');
    console.log(`requests: ${result.requests}, ${result.requestsPerSecond.toFixed(0)} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms`);
    console.log(`errors: ${result.errors} (socket errors + non-2xx/3xx answers)`);
    if (before !== undefined && after !== undefined) console.log(`server memory (RSS): before ${before.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, 5 s after ${after.toFixed(0)} MB`);
    else console.log('server memory: not measured (external --url)');
    console.log(`health after the run: ${health.status}`);
    if (result.errors > 0 || !health.ok) process.exitCode = 1;
  } finally {
    await server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
