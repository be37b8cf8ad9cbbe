import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

// The server under test writes here (playwright.config.ts passes DATA_DIR to `next start`).
const dataDir = path.resolve(process.env.DATA_DIR ?? 'test-results/data');

function leadsCli(...args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/leads.ts', ...args], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

// Each test posts from its own (documentation-range) address, so the per-client rate limit of one
// test or an earlier run never blocks another.
function clientAddress(): string {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}, 10.${Date.now() % 250}.${Math.floor(Math.random() * 250)}.1`;
}

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

  test('the retry page explains errors in the page language and shows no submitted text', async ({ page }) => {
    await page.goto('/de/consulting/retry?reason=invalid&e=email:email,consent:consent,name:<script>');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deine Anfrage ist noch nicht angekommen');
    await expect(page.getByText('Bitte gib eine gültige E-Mail-Adresse ein')).toBeVisible();
    await expect(page.getByText('Bitte bestätige, dass wir Deine Angaben speichern dürfen.')).toBeVisible();
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
  for (const url of ['/de/consulting', '/en/consulting', '/de/consulting/sent', '/de/consulting/retry?reason=invalid&e=email:email,consent:consent']) {
    test(`${url} has no WCAG 2.1 AA violations`, async ({ page }) => {
      const { default: AxeBuilder } = await import('@axe-core/playwright');
      await page.goto(url);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the form with field errors has no WCAG 2.1 AA violations', async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.goto('/de/consulting');
    await page.getByRole('button', { name: 'Beraten lassen' }).click();
    await expect(page.getByText('Bitte prüfe die markierten Felder.')).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
