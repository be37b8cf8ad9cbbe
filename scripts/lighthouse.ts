/**
 * npm run audit:lighthouse [-- --url http://127.0.0.1:3000]
 *
 * Lighthouse 12 (mobile profile, its default) with Debian's Chromium against home, an article, a
 * category and search. Prints the four category scores and every audit that is not perfect, and
 * writes the full reports to test-results/lighthouse/. Without --url it starts the production server (scripts/serve.mjs) on the
 * existing build (NEXT_DIST_DIR, default .next) on port 3209. Each page is visited once before it is
 * audited (server caches warm, as for every reader after the first). Exit code 1 if home or article
 * score below 95 in any category.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { startLocalServer } from './local-server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const DEBUG_PORT = 9239;

async function discover(base: string): Promise<{ name: string; path: string }[]> {
  const home = await (await fetch(`${base}/de`)).text();
  const article = /\/de\/articles\/[a-z0-9-]+/.exec(home)?.[0];
  const category = /\/de\/category\/[a-z0-9-]+/.exec(home)?.[0];
  if (!article || !category) throw new Error('no article or category link on /de');
  return [
    { name: 'home', path: '/de' },
    { name: 'article', path: article },
    { name: 'category', path: category },
    { name: 'search', path: '/de/search?q=ki' },
  ];
}

async function main() {
  const urlArg = process.argv.indexOf('--url');
  let base = urlArg > -1 ? process.argv[urlArg + 1]?.replace(/\/+$/, '') : undefined;
  let server: ChildProcess | undefined;
  if (!base) {
    base = 'http://127.0.0.1:3209';
    server = await startLocalServer(3209, { DATA_DIR: process.env.DATA_DIR ?? path.join(os.tmpdir(), 'technow-lighthouse-data') });
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [`--remote-debugging-port=${DEBUG_PORT}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const outDir = path.resolve('test-results/lighthouse');
  fs.mkdirSync(outDir, { recursive: true });
  let failed = false;
  try {
    const pages = await discover(base);
    // Warm-up visit per page, not scored: the first request for each image width makes the server
    // resize and cache it (about 0.5 s), which only the very first reader of a deployment pays.
    const warm = await browser.newPage({ viewport: { width: 412, height: 823 } });
    for (const page of pages) await warm.goto(`${base}${page.path}`, { waitUntil: 'networkidle' });
    await warm.close();
    const rows: string[] = [];
    for (const page of pages) {
      const url = `${base}${page.path}`;
      process.stdout.write(`lighthouse: ${page.name} (${url}) …\n`);
      // A busy machine sometimes loses the trace (NO_NAVSTART, NO_FCP): such a run is repeated, not scored.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        const error = result?.lhr.runtimeError;
        if (!error || attempt === 3) break;
        process.stdout.write(`  run ${attempt} failed (${error.code}), again …\n`);
      }
      if (!result) throw new Error(`no result for ${url}`);
      const lhr = result.lhr;
      if (lhr.runtimeError) process.stdout.write(`  ${lhr.runtimeError.code}: ${lhr.runtimeError.message}\n`);
      fs.writeFileSync(path.join(outDir, `${page.name}.json`), typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      rows.push(`| ${page.name} | ${scores.join(' | ')} |`);
      if ((page.name === 'home' || page.name === 'article') && scores.some((s) => s < 95)) failed = true;
      for (const c of CATEGORIES) {
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
          const value = audit.displayValue ? ` (${audit.displayValue})` : '';
          process.stdout.write(`  ${c}: ${audit.id}: ${audit.title}${value}, score ${Math.round(audit.score * 100)}\n`);
        }
      }
    }
    process.stdout.write(`\n| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---:').join('|')}|\n${rows.join('\n')}\n\nFull reports: ${outDir}\n`);
  } finally {
    await browser.close();
    server?.kill('SIGTERM');
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
