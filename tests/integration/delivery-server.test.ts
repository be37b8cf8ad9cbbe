import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestSmtp, type TestSmtp } from '../helpers/smtp';
import { distDir, hasBuild, startServer } from '../helpers/server';

/*
 * End to end through the production server (scripts/serve.mjs, two processes) and a real SMTP
 * server on loopback that is down when the requests come in: the form confirms anyway, and each
 * request arrives exactly once after the mail server is started, without a restart. The worker's
 * real backoff applies (first retry after about 30 s), so this test takes that long.
 */

let server: ChildProcess | undefined;
let smtp: TestSmtp | undefined;
let dataDir: string | undefined;

function children(pid: number): number[] {
  try {
    return execFileSync('ps', ['--ppid', String(pid), '-o', 'pid='], { encoding: 'utf8' }).split('\n').map((l) => Number(l.trim())).filter((n) => n > 0);
  } catch {
    return [];
  }
}

afterEach(async () => {
  if (server?.pid && server.exitCode === null) {
    for (const pid of children(server.pid)) process.kill(pid, 'SIGKILL');
    server.kill('SIGKILL');
  }
  await smtp?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const lead = {
  lang: 'de',
  name: 'Jonas Beispiel',
  company: 'Beispiel Logistik AG',
  email: 'jonas@beispiel.example',
  phone: '+49 40 987654',
  topic: 'training',
  consent: 'on',
};

describe.skipIf(!hasBuild)(`consulting request through npm start to a real SMTP server (${distDir})`, () => {
  it('confirms while the mail server is down and delivers each request once when it is back', { timeout: 120_000 }, async () => {
    smtp = await createTestSmtp({ listen: false });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'delivery-server-'));
    const started = await startServer({ DATA_DIR: dataDir, WEB_CONCURRENCY: '2', SMTP_URL: smtp.url, LEADS_NOTIFY_TO: 'beratung@technow.example' });
    server = started.child;

    // Without JavaScript: a urlencoded form post, answered with a redirect to the confirmation.
    const plain = await fetch(`${started.base}/api/consulting`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...lead, message: 'Schulung für 20 Leute im Vertrieb, ohne JavaScript gesendet.' }).toString(),
    });
    expect(plain.status).toBe(303);
    expect(plain.headers.get('location')).toMatch(/\/de\/consulting\/sent/);

    // With JavaScript: JSON, with hostile text in it.
    const enhanced = await fetch(`${started.base}/api/consulting`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ ...lead, name: 'Mallory\r\nBcc: victim@evil.example', message: '<script>alert(1)</script> per fetch gesendet.' }),
    });
    expect(enhanced.status).toBe(201);

    await new Promise((r) => setTimeout(r, 1_000));
    expect(smtp.received).toHaveLength(0);
    await smtp.start();
    const mails = await smtp.waitFor(2, 90_000);
    // Both processes keep polling; neither sends a notification the other one has sent.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(smtp.received).toHaveLength(2);
    expect(new Set(mails.map((m) => m.parsed.header('message-id'))).size).toBe(2);

    const plainMail = mails.find((m) => m.parsed.text?.includes('ohne JavaScript'))!.parsed;
    expect(plainMail.header('reply-to')).toBe('Jonas Beispiel <jonas@beispiel.example>');
    expect(plainMail.header('subject')).toBe('Beratungsanfrage: Schulung – Beispiel Logistik AG (Jonas Beispiel)');
    for (const value of ['Jonas Beispiel', 'Beispiel Logistik AG', 'jonas@beispiel.example', '+49 40 987654', 'Schulung', 'Deutsch']) {
      expect(plainMail.text).toContain(value);
      expect(plainMail.html).toContain(value);
    }

    const hostile = mails.find((m) => m.parsed.text?.includes('per fetch'))!;
    expect(hostile.envelope.to).toEqual(['beratung@technow.example']);
    expect(hostile.parsed.headers.has('bcc')).toBe(false);
    expect(hostile.parsed.html).not.toContain('<script>');
    expect(hostile.parsed.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
