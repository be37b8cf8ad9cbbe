import { afterEach, describe, expect, it } from 'vitest';
import { createEmailSender, type Sender } from '@/lib/delivery/senders';
import { createTestSmtp, type TestSmtp } from '../helpers/smtp';
import { outboxItem, storedLead } from '../unit/delivery/lead-factory';

// The mail sender against a real SMTP server on loopback: what arrives, and how refusals are read.

let smtp: TestSmtp | undefined;
let sender: Sender | undefined;

afterEach(async () => {
  sender?.close?.();
  await smtp?.stop();
  smtp = undefined;
  sender = undefined;
});

async function setup() {
  smtp = await createTestSmtp();
  sender = createEmailSender({ smtpUrl: smtp.url, to: 'beratung@technow.example', from: { name: 'TechNow Website', address: 'noreply@technow.example' } }, { timeoutMs: 10_000 });
  return { smtp, sender };
}

describe('e-mail sender with a real SMTP server', () => {
  it('delivers one mail with every field, the right Reply-To, subject and Message-ID', async () => {
    const { smtp, sender } = await setup();
    const result = await sender.send(outboxItem(storedLead(), { deliveryKey: 'k-42-email' }));
    expect(result).toEqual({ ok: true });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.envelope.to).toEqual(['beratung@technow.example']);
    expect(mail.envelope.from).toBe('noreply@technow.example');
    const m = mail.parsed;
    expect(m.header('reply-to')).toBe('Erika Mustermann <erika@muster.example>');
    expect(m.header('subject')).toBe('Beratungsanfrage: KI-Strategie – Muster Maschinenbau GmbH (Erika Mustermann)');
    expect(m.header('message-id')).toMatch(/^<lead-k-42-email@[^>]+>$/);
    expect(m.header('from')).toBe('TechNow Website <noreply@technow.example>');
    for (const part of [m.text, m.html]) {
      for (const value of ['Erika Mustermann', 'Muster Maschinenbau GmbH', 'erika@muster.example', '+49 30 123456', 'KI-Strategie', 'Klarna halbiert Belegschaft mit KI', '20. Januar 2025, 15:05 Uhr']) {
        expect(part).toContain(value);
      }
    }
    expect(m.text).toContain('Wir möchten KI im Kundenservice einsetzen.\nWo fangen wir an?');
  });

  it('hostile text arrives inert: no extra header, no recipient, no markup', async () => {
    const { smtp, sender } = await setup();
    const lead = storedLead({
      name: 'Eve\r\nBcc: victim@evil.example\r\nX-Injected: 1',
      company: '<script>alert(1)</script>\nSubject: fake',
      email: 'eve@evil.example',
      message: '<img src=x onerror=alert(1)>\r\n.\r\nMAIL FROM:<x@evil.example>\r\n<b>bold</b>',
    });
    expect(await sender.send(outboxItem(lead))).toEqual({ ok: true });
    expect(smtp.received).toHaveLength(1);
    const { parsed, envelope, raw } = smtp.received[0]!;
    expect(envelope.to).toEqual(['beratung@technow.example']);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-injected')).toBe(false);
    expect(parsed.headers.get('subject')).toHaveLength(1);
    expect(parsed.header('subject')).toContain('<script>alert(1)</script> Subject: fake');
    expect(parsed.header('reply-to')).toContain('<eve@evil.example>');
    // Only the body may carry the text (inert there); the header block has no such line.
    expect(raw.slice(0, raw.indexOf('\r\n\r\n'))).not.toMatch(/^(Bcc|X-Injected):/im);
    expect(parsed.html).not.toContain('<script>');
    expect(parsed.html).not.toContain('<img');
    expect(parsed.html).not.toContain('<b>bold');
    expect(parsed.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The message text is kept as the reader wrote it in the plain part, dot line included.
    expect(parsed.text).toContain('\n.\nMAIL FROM:<x@evil.example>\n<b>bold</b>');
  });

  it('reads a 4xx as temporary, a 5xx as permanent and a stopped server as a connection error, never quoting the reply', async () => {
    const { smtp, sender } = await setup();
    smtp.mode = 'tempfail';
    expect(await sender.send(outboxItem())).toEqual({ ok: false, permanent: false, reason: 'SMTP 451' });
    smtp.mode = 'permfail';
    expect(await sender.send(outboxItem())).toEqual({ ok: false, permanent: true, reason: 'SMTP 550' });
    await smtp.stop();
    const down = await sender.send(outboxItem());
    expect(down).toMatchObject({ ok: false, permanent: false });
    expect(down.ok ? '' : down.reason).toMatch(/^connection error [A-Z0-9_]+$/);
    expect(smtp.received).toHaveLength(0);
  });
});
