import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signWebhook, webhookDocument } from '@/lib/delivery/webhook';
import { outboxItem } from './lead-factory';

// The receiving side's verification shown in docs/production.md is run as it is printed there.

type Verify = (secret: string, header: string | undefined, body: string, nowMs?: number, toleranceSec?: number) => boolean;

async function documentedVerify(): Promise<Verify> {
  const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/production.md'), 'utf8');
  const code = /```js webhook-verify\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!code) throw new Error('docs/production.md has no ```js webhook-verify block');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-docs-'));
  const file = path.join(dir, 'verify.mjs');
  fs.writeFileSync(file, code);
  try {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { verifyTechNowSignature: Verify };
    return mod.verifyTechNowSignature;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('webhook verification code in docs/production.md', () => {
  it('accepts what the site sends and refuses replays and altered bodies', async () => {
    const verify = await documentedVerify();
    const secret = 'docs-secret-0123456789abcdef';
    const now = Date.parse('2025-01-20T14:05:00Z');
    const body = JSON.stringify(webhookDocument(outboxItem()));
    const header = signWebhook(secret, body, now);
    expect(verify(secret, header, body, now + 1_000)).toBe(true);
    expect(verify(secret, header, body, now + 10 * 60_000)).toBe(false);
    expect(verify(secret, header, body.replace('Erika', 'Mallory'), now)).toBe(false);
    expect(verify('another-secret-0123456789', header, body, now)).toBe(false);
    expect(verify(secret, undefined, body, now)).toBe(false);
    expect(verify(secret, 't=1,v1=zz', body, now)).toBe(false);
  });
});
