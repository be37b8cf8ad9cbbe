import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { makeWorkDir, renderProxyConfig, startNginx } from '../../scripts/bench/nginx';
import { PRIVACY_TEXT_VERSION } from '../../lib/leads/privacy';
import { freePort, hasNginx } from '../helpers/net';

// The server under test writes here (playwright.config.ts passes DATA_DIR to `next start`).
const dataDir = path.resolve(process.env.DATA_DIR ?? 'test-results/data');

function leadsCli(...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/leads.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

// Each test posts from its own address, so the per-client rate limit of one test or an earlier run
// never blocks another. The test server runs with the default TRUSTED_PROXIES (loopback), and these
// requests come from loopback: they stand for the shipped nginx, which appends the client's real
// address (the right-most entry) after whatever the client sent (the left one).
function clientAddress(): string {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.${Date.now() % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
}
const randomAddress = () => `203.0.113.${Math.floor(Math.random() * 250) + 1}`;

async function fillForm(page: Page, fields: { name: string; company: string; email: string; message: string; topic?: string }) {
  await page.getByLabel('Name *').fill(fields.name);
  await page.getByLabel('Unternehmen *').fill(fields.company);
  await page.getByLabel('E-Mail-Adresse *').fill(fields.email);
  await page.getByLabel('Thema *').selectOption(fields.topic ?? 'strategy');
  await page.getByLabel('Deine Nachricht *').fill(fields.message);
  await page.getByRole('checkbox').check();
}

test.describe('consulting form with JavaScript', () => {
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

  test('a request is confirmed in place, stored and listed @mobile', async ({ page }) => {
    const marker = `JS-Anfrage ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    await page.goto('/de/consulting');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Datenschutzerklärung' })).toHaveAttribute('href', '/de/datenschutz');
    await fillForm(page, { name: 'Jana Skript', company: 'Mit JS GmbH', email: 'jana@example.de', message: `${marker}: Wir möchten einen Workshop.` });
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page.getByTestId('consulting-sent')).toContainText('Deine Anfrage ist bei uns angekommen');
    // Confirmed in place: the enhanced form did not navigate.
    expect(new URL(page.url()).pathname).toBe('/de/consulting');
    expect(leadsCli('list')).toContain(marker);
  });

  test('shows per-field errors in the page language without sending', async ({ page }) => {
    let posted = false;
    page.on('request', (r) => {
      if (r.url().endsWith('/api/consulting')) posted = true;
    });
    await page.goto('/en/consulting');
    await page.getByLabel('Email address *').fill('not-an-address');
    await page.getByRole('button', { name: 'Get advice' }).click();
    await expect(page.getByText('Please enter a valid email address')).toBeVisible();
    await expect(page.getByText('Please confirm that we may store your details.')).toBeVisible();
    await expect(page.getByLabel('Name *')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Name *')).toBeFocused();
    // Corrected fields lose their message as they are fixed; the others keep theirs.
    await page.getByLabel('Email address *').fill('jana@example.com');
    await expect(page.getByText('Please enter a valid email address')).toHaveCount(0);
    await expect(page.getByLabel('Email address *')).not.toHaveAttribute('aria-invalid', 'true');
    await page.getByRole('checkbox').check();
    await expect(page.getByText('Please confirm that we may store your details.')).toHaveCount(0);
    await expect(page.getByLabel('Name *')).toHaveAttribute('aria-invalid', 'true');
    expect(posted).toBe(false);
  });

  test('numbers in the form follow the language (issue 16: "5.000 Zeichen")', async ({ page }) => {
    await page.goto('/de/consulting');
    await expect(page.locator('#message-hint')).toContainText('Höchstens 5.000 Zeichen.');
    await page.goto('/en/consulting');
    await expect(page.locator('#message-hint')).toContainText('Up to 5,000 characters.');
  });

  test('rate-limited, the reader is told to wait and keeps every field', async ({ page, request }) => {
    const client = clientAddress();
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': client });
    for (let i = 0; i < 5; i++) {
      const base = { lang: 'de', name: 'Eilig', company: 'Schnell GmbH', email: 'eilig@example.de', topic: 'other', consent: 'on' };
      expect((await request.post('/api/consulting', { form: { ...base, message: `Vorab ${i} ${Date.now()}` }, headers: { accept: 'application/json', 'x-forwarded-for': client } })).status()).toBe(201);
    }
    await page.goto('/de/consulting');
    await fillForm(page, { name: 'Geduldige Leserin', company: 'Warte AG', email: 'warte@example.de', message: 'Die sechste Anfrage in zehn Minuten.' });
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Deine Eingaben sind noch da' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/de/consulting');
    await expect(page.getByLabel('Name *')).toHaveValue('Geduldige Leserin');
    await expect(page.getByLabel('Deine Nachricht *')).toHaveValue('Die sechste Anfrage in zehn Minuten.');
    await expect(page.getByRole('checkbox')).toBeChecked();
  });

  test('the direct contact is the consultancy, and the privacy page says what a request keeps and for how long', async ({ page }) => {
    await page.goto('/de/consulting');
    await expect(page.getByRole('link', { name: 'beratung@technow.example' })).toHaveAttribute('href', 'mailto:beratung@technow.example');
    await page.goto('/de/datenschutz');
    const text = page.locator('main');
    await expect(text).toContainText('180 Tage nach ihrem Eingang');
    await expect(text).toContainText('Fassung dieser Datenschutzerklärung');
    await expect(text).toContainText(`Fassung ${PRIVACY_TEXT_VERSION}`);
    await expect(text).toContainText('Kundenverwaltungssystem (CRM)');
    await page.goto('/en/datenschutz');
    await expect(page.locator('main')).toContainText('180 days after it arrived');
  });

  test('hostile text is stored verbatim and never runs', async ({ page }) => {
    const marker = `Feindlich ${Date.now()}`;
    const script = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
    const formula = `=cmd|' /C calc'!A0`;
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto('/de/consulting');
    await fillForm(page, { name: formula, company: '@SUM(1+1)', email: 'evil@example.de', message: `${marker} ${script}` });
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page.getByTestId('consulting-sent')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);

    const listed = leadsCli('list');
    expect(listed).toContain(`${marker} ${script}`);
    expect(listed).toContain(formula);
    const csv = leadsCli('export', '--format', 'csv');
    expect(csv).toContain(`"'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"'@SUM(1+1)"`);
    expect(csv).not.toMatch(/(^|,)"[=+\-@]/m);
  });
});

test.describe('consulting form without JavaScript', () => {
  test.use({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

  test('a plain form post lands on the confirmation page and is stored @mobile', async ({ page }) => {
    const marker = `Ohne-JS ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    await page.goto('/de/consulting');
    await fillForm(page, { name: 'Otto Ohne', company: 'Kein Skript AG', email: 'otto@example.de', message: `${marker}: Bitte um Rückruf.`, topic: 'training' });
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page).toHaveURL(/\/de\/consulting\/sent$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Danke, Deine Anfrage ist bei uns angekommen');
    const listed = leadsCli('list');
    expect(listed).toContain(marker);
    expect(listed).toContain('Kein Skript AG');
  });

  test('an invalid e-mail returns the form (422) with every other field still filled in, and nothing is stored @mobile', async ({ page }) => {
    const marker = `Korrektur ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    const origin = '/de/archive';
    await page.goto(`/de/consulting?from=${origin}`);
    // "name@localhost" passes the browser's own e-mail check (no JavaScript: no noValidate), not ours.
    await fillForm(page, { name: 'Otto Ohne', company: 'Kein Skript AG', email: 'otto@localhost', message: `${marker}: Bitte um Rückruf <b>bald</b>.`, topic: 'training' });
    await page.getByLabel('Telefon').fill('+49 30 765432');
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/consulting') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    expect((await answer).status()).toBe(422);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deine Anfrage ist noch nicht angekommen');
    // The whole site around it, not a bare error page.
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByLabel('Name *')).toHaveValue('Otto Ohne');
    await expect(page.getByLabel('Unternehmen *')).toHaveValue('Kein Skript AG');
    await expect(page.getByLabel('Telefon')).toHaveValue('+49 30 765432');
    await expect(page.getByLabel('Thema *')).toHaveValue('training');
    await expect(page.getByLabel('Deine Nachricht *')).toHaveValue(`${marker}: Bitte um Rückruf <b>bald</b>.`);
    await expect(page.getByRole('checkbox')).toBeChecked();
    await expect(page.locator('input[name="from"]')).toHaveValue(origin);
    const email = page.getByLabel('E-Mail-Adresse *');
    await expect(email).toHaveValue('otto@localhost');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#email-error')).toHaveText(/Bitte gib eine gültige E-Mail-Adresse ein/);
    await expect(page.getByLabel('Name *')).not.toHaveAttribute('aria-invalid', 'true');
    expect(leadsCli('list')).not.toContain(marker);

    // Corrected on the same page and sent again: stored, confirmed.
    await email.fill('otto@example.de');
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page).toHaveURL(/\/de\/consulting\/sent$/);
    expect(leadsCli('list')).toContain(marker);
  });

  test('rate-limited, the form comes back (429) with the input kept', async ({ page, request }) => {
    const client = clientAddress();
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': client });
    const base = { lang: 'en', name: 'Rate Tester', company: 'Busy Ltd', email: 'busy@example.com', topic: 'other', consent: 'on' };
    for (let i = 0; i < 5; i++) {
      const ok = await request.post('/api/consulting', { form: { ...base, message: `Burst before the form ${i} ${Date.now()}` }, headers: { accept: 'application/json', 'x-forwarded-for': client } });
      expect(ok.status()).toBe(201);
    }
    await page.goto('/en/consulting');
    await page.getByLabel('Name *').fill('Patient Reader');
    await page.getByLabel('Company *').fill('Waiting GmbH');
    await page.getByLabel('Email address *').fill('patient@example.com');
    await page.getByLabel('Topic *').selectOption('workshop');
    await page.getByLabel('Your message *').fill('Sixth request within ten minutes.');
    await page.getByRole('checkbox').check();
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/consulting') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Get advice' }).click();
    const response = await answer;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please wait a moment');
    await expect(page.getByLabel('Name *')).toHaveValue('Patient Reader');
    await expect(page.getByLabel('Your message *')).toHaveValue('Sixth request within ten minutes.');
    await expect(page.getByLabel('Topic *')).toHaveValue('workshop');
  });

  test('the form page renders a returned state as text, and opened directly is the empty form', async ({ page, request }) => {
    const state = (problem: string) =>
      deflateRawSync(Buffer.from(JSON.stringify({ problem, values: { name: '<script>window.__pwned = 1</script>', message: 'Meine Nachricht bleibt.', consent: 'on' }, errors: { email: 'required' } }))).toString('base64url');
    const res = await request.get('/de/consulting/retry', { headers: { 'x-technow-form-state': state('unavailable') } });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toMatch(/no-store/);
    const html = await res.text();
    expect(html).toContain('Bitte versuche es gleich noch einmal');
    expect(html).toContain('Meine Nachricht bleibt.');
    expect(html).toContain('&lt;script&gt;window.__pwned');
    expect(html).not.toContain('<script>window.__pwned');

    await page.goto('/de/consulting/retry');
    await expect(page.getByRole('alert').filter({ hasText: 'noch nicht angekommen' })).toHaveCount(0);
    await expect(page.getByLabel('Name *')).toHaveValue('');
    await expect(page.getByLabel('Name *')).not.toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('consulting endpoint', () => {
  test('answers the sixth request within ten minutes from one client with 429', async ({ request }) => {
    const headers = { accept: 'application/json', 'x-forwarded-for': clientAddress() };
    const base = { lang: 'en', name: 'Rate Tester', company: 'Busy Ltd', email: 'busy@example.com', topic: 'other', consent: 'on' };
    for (let i = 0; i < 5; i++) {
      const ok = await request.post('/api/consulting', { form: { ...base, message: `Burst request ${i} ${Date.now()}` }, headers });
      expect(ok.status()).toBe(201);
    }
    const limited = await request.post('/api/consulting', { form: { ...base, message: `Burst request 6 ${Date.now()}` }, headers });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('a different made-up X-Forwarded-For (or socket header) per request does not reset the limit', async ({ request }) => {
    // What the shipped nginx forwards: the sender's invention, then the real address it appended.
    const real = clientAddress().split(', ')[1];
    const post = (i: number) =>
      request.post('/api/consulting', {
        form: { lang: 'de', name: 'Fälscher', company: 'Spoof AG', email: 'spoof@example.de', topic: 'other', consent: 'on', message: `Gefälschte Adresse ${i} ${Date.now()}` },
        // The private header serve.mjs sets from the socket cannot be sent in its place either.
        headers: { accept: 'application/json', 'x-forwarded-for': `${randomAddress()}, ${randomAddress()}, ${real}`, 'x-technow-peer': randomAddress() },
      });
    for (let i = 0; i < 5; i++) expect((await post(i)).status()).toBe(201);
    expect((await post(5)).status()).toBe(429);
    expect((await post(6)).status()).toBe(429);
  });
});

test.describe('rate limit behind the shipped nginx', () => {
  test.skip(!hasNginx, 'nginx is not installed (Debian: apt-get install nginx-light)');

  test('a spoofed X-Forwarded-For through deploy/nginx.conf does not reset the limit', async () => {
    test.setTimeout(120_000);
    // Our own server with TRUSTED_PROXIES naming only the nginx (which connects from 127.0.0.2), so
    // this test, connecting from 127.0.0.1, is a client like any other and not a trusted proxy.
    const appPort = await freePort();
    const dataDir = makeWorkDir('consulting-nginx-data-');
    const app = spawn(process.execPath, ['scripts/serve.mjs', '-p', String(appPort), '-H', '127.0.0.1'], {
      env: { ...process.env, DATA_DIR: dataDir, TRUSTED_PROXIES: '127.0.0.2' },
      stdio: 'ignore',
    });
    const workDir = makeWorkDir('consulting-nginx-');
    const port = await freePort();
    try {
      await expect.poll(() => fetch(`http://127.0.0.1:${appPort}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
      const conf = renderProxyConfig({ port, upstreamPort: appPort, workDir }).replace('proxy_http_version 1.1;', 'proxy_http_version 1.1;\n    proxy_bind 127.0.0.2;');
      const nginx = await startNginx(conf, port, workDir);
      try {
        const post = (i: number) =>
          fetch(`http://127.0.0.1:${port}/api/consulting`, {
            method: 'POST',
            headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': randomAddress() },
            body: new URLSearchParams({ lang: 'de', name: 'Fälscher', company: 'Spoof AG', email: 'spoof@example.de', topic: 'other', consent: 'on', message: `Über nginx gefälscht ${i}` }),
          });
        for (let i = 0; i < 5; i++) expect((await post(i)).status).toBe(201);
        expect((await post(5)).status).toBe(429);
      } finally {
        await nginx.stop();
      }
    } finally {
      app.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

test.describe('read counting', () => {
  test.use({ extraHTTPHeaders: { 'x-forwarded-for': clientAddress() } });

  test('an article view is counted once per visitor and day, without cookies', async ({ page, context }) => {
    await page.goto('/de');
    const href = await page.locator('a[href^="/de/articles/"]').first().getAttribute('href');
    const slug = (href ?? '').split('/').pop() ?? '';
    expect(slug).not.toBe('');
    const reads = () => {
      const db = new Database(path.join(dataDir, 'technow.sqlite'), { readonly: true });
      const n = db.prepare('SELECT COALESCE(SUM(reads), 0) FROM read_counts WHERE lang = ? AND slug = ?').pluck().get('de', slug) as number;
      db.close();
      return n;
    };
    const before = reads();
    const beacon = () => page.waitForResponse((r) => r.url().endsWith('/api/reads') && r.request().method() === 'POST');
    let sent = beacon();
    await page.goto(href ?? '/de');
    expect((await sent).status()).toBe(204);
    await expect.poll(reads).toBe(before + 1);
    // Reading it again today is the same visitor: no second count.
    sent = beacon();
    await page.reload();
    expect((await sent).status()).toBe(204);
    expect(reads()).toBe(before + 1);
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('consulting accessibility', () => {
  for (const url of ['/de/consulting', '/en/consulting', '/de/consulting/sent', '/de/consulting/retry', '/de/datenschutz']) {
    test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the form that came back to a reader without JavaScript (422) has no WCAG 2.1 AA violations', async ({ page, request }) => {
    const fields = { lang: 'de', name: 'A', company: 'Muster KG', email: 'x@localhost', topic: 'strategy', message: 'Zu kurz', website: '' };
    const res = await request.post('/api/consulting', { form: fields, headers: { 'x-forwarded-for': clientAddress() } });
    expect(res.status()).toBe(422);
    // As the reader got it (axe itself needs scripting, so the page's own scripts are left out).
    const body = (await res.text()).replace(/<script\b[\s\S]*?<\/script>/g, '');
    await page.route('**/a11y/returned-form', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
    await page.goto('/a11y/returned-form');
    await expect(page.locator('#email-error')).toBeVisible();
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the form with field errors has no WCAG 2.1 AA violations', async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.goto('/de/consulting');
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page.getByText('Bitte prüfe die markierten Felder.')).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
