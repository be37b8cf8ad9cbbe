import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPreview } from '@/lib/preview/token';
import { VALID_CONTENT } from '../content/helpers';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const SECRET = 'p'.repeat(40);
const DRAFT = path.join(VALID_CONTENT, 'articles/de/entwurf-artikel.md');

function run(args: string[], env: Record<string, string | undefined>) {
  const merged: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: VALID_CONTENT, PUBLIC_DIR: VALID_CONTENT, SITE_URL: 'https://news.example', ...env };
  const r = spawnSync(TSX, [path.join(ROOT, 'scripts/content-preview.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: merged as NodeJS.ProcessEnv });
  return { code: r.status, out: r.stdout + r.stderr };
}

// Each case starts tsx (several seconds on a loaded 2-core machine).
describe('npm run content:preview', { timeout: 120_000 }, () => {
  it('prints a signed link to the article that expires after 7 days', () => {
    const before = Date.now();
    const r = run([DRAFT], { PREVIEW_SECRET: SECRET });
    expect(r.code, r.out).toBe(0);
    const token = /https:\/\/news\.example\/api\/preview\?token=(\S+)/.exec(r.out)?.[1];
    const check = verifyPreview(token, SECRET, Date.now());
    expect(check.ok && check.grant.slug).toBe('entwurf-artikel');
    const exp = check.ok ? check.grant.exp : 0;
    expect(exp - before).toBeGreaterThanOrEqual(7 * 24 * 3600_000);
    expect(exp - before).toBeLessThan(8 * 24 * 3600_000);
  });

  it('says how to turn preview on when PREVIEW_SECRET is missing or too short', () => {
    for (const secret of [undefined, 'short']) {
      const r = run([DRAFT], { PREVIEW_SECRET: secret });
      expect(r.code).toBe(1);
      expect(r.out).toMatch(/preview is off: PREVIEW_SECRET/);
      expect(r.out).toMatch(/openssl rand -hex 32/);
    }
  });

  it('refuses a file that is not an article', () => {
    const r = run([path.join(VALID_CONTENT, 'authors/oliver-welling.md')], { PREVIEW_SECRET: SECRET });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/expected an article file/);
  });
});
