import { describe, expect, it } from 'vitest';
import { composeLeadMail, escapeHtml, headerText, messageIdFor, topicName } from '@/lib/delivery/mail';
import { outboxItem, storedLead } from './lead-factory';

const settings = { from: { name: 'TechNow Website', address: 'noreply@technow.example' }, to: 'beratung@technow.example' };

describe('composeLeadMail', () => {
  it('carries every field of the request in both parts, topic by name, time in Berlin time', () => {
    const mail = composeLeadMail(outboxItem(), settings);
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('Erika Mustermann');
      expect(part).toContain('Muster Maschinenbau GmbH');
      expect(part).toContain('erika@muster.example');
      expect(part).toContain('+49 30 123456');
      expect(part).toContain('KI-Strategie');
      expect(part).not.toMatch(/\bstrategy\b/);
      expect(part).toContain('Deutsch');
      expect(part).toContain('Klarna halbiert Belegschaft mit KI');
      expect(part).toContain('/de/articles/klarna-halbiert-belegschaft-mit-ki');
      expect(part).toContain('20. Januar 2025, 15:05 Uhr');
      expect(part).toContain('Version 2025-01');
      expect(part).toContain('42');
    }
    expect(mail.text).toContain('Wir möchten KI im Kundenservice einsetzen.\nWo fangen wir an?');
    expect(mail.html).toContain('Wir möchten KI im Kundenservice einsetzen.\nWo fangen wir an?');
  });

  it('uses summer time in summer', () => {
    const mail = composeLeadMail(outboxItem(storedLead({ createdAt: new Date('2025-07-01T08:00:00Z') })), settings);
    expect(mail.text).toContain('1. Juli 2025, 10:00 Uhr');
  });

  it('answers to the requester and names topic, company and person in the subject', () => {
    const mail = composeLeadMail(outboxItem(), settings);
    expect(mail.replyTo).toEqual({ name: 'Erika Mustermann', address: 'erika@muster.example' });
    expect(mail.subject).toBe('Beratungsanfrage: KI-Strategie – Muster Maschinenbau GmbH (Erika Mustermann)');
    expect(mail.to).toBe('beratung@technow.example');
    expect(mail.from).toEqual(settings.from);
  });

  it('says when there is no phone number and no known origin', () => {
    const { phone: _phone, ...rest } = storedLead();
    const mail = composeLeadMail(outboxItem({ ...rest, origin: {} }), settings);
    expect(mail.text).toMatch(/Telefon:\s+–/);
    expect(mail.text).toMatch(/Gekommen von:\s+unbekannt/);
    expect(mail.html).not.toContain('tel:');
  });

  it('gives the same Message-ID for the same outbox row every time, a different one for another', () => {
    const a = composeLeadMail(outboxItem(storedLead(), { deliveryKey: 'abc-1' }), settings).messageId;
    expect(composeLeadMail(outboxItem(storedLead(), { deliveryKey: 'abc-1', attempts: 5 }), settings).messageId).toBe(a);
    expect(composeLeadMail(outboxItem(storedLead(), { deliveryKey: 'abc-2' }), settings).messageId).not.toBe(a);
    expect(a).toMatch(/^<lead-abc-1@[a-z0-9.-]+>$/);
    // A key with characters a Message-ID cannot carry is hashed, not passed through.
    expect(messageIdFor('x>\r\nBcc: a@b.example')).toMatch(/^<lead-[0-9a-f]{40}@[a-z0-9.-]+>$/);
  });

  it('cannot be made to start another header by CR/LF in name, e-mail or subject', () => {
    const lead = storedLead({
      name: 'Eve\r\nBcc: victim@evil.example',
      company: 'Evil\nX-Injected: yes\rCorp',
      email: 'eve@evil.example\r\nBcc: other@evil.example',
    });
    const mail = composeLeadMail(outboxItem(lead), settings);
    for (const value of [mail.subject, mail.replyTo.name, mail.replyTo.address, mail.from.name, mail.to]) {
      expect(value).not.toMatch(/[\r\n]/);
    }
    expect(mail.subject).toBe('Beratungsanfrage: KI-Strategie – Evil X-Injected: yes Corp (Eve Bcc: victim@evil.example)');
    expect(mail.replyTo.address).toBe('eve@evil.exampleBcc:other@evil.example');
  });

  it('escapes the reader\'s text in the HTML part', () => {
    const lead = storedLead({
      name: '<img src=x onerror=alert(1)>',
      company: 'A&B "Quote" \'Co\'',
      message: '<script>alert("x")</script>\n<a href="javascript:alert(1)">klick</a>',
      origin: { path: '/de/"><script>', title: '<b>Titel</b>' },
    });
    const { html } = composeLeadMail(outboxItem(lead), settings);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Titel');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('A&amp;B &quot;Quote&quot; &#39;Co&#39;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links only origins that are paths of this site', () => {
    const html = (path: string) => composeLeadMail(outboxItem(storedLead({ origin: { path } })), settings).html;
    expect(html('//evil.example/x')).not.toContain('evil.example/x"');
    expect(html('https://evil.example/')).not.toContain('href="https://evil.example');
    expect(html('/de/consulting')).toMatch(/href="https?:\/\/[^"]+\/de\/consulting"/);
  });
});

describe('helpers', () => {
  it('topicName reads the German labels', () => {
    expect(topicName('compliance')).toBe('Governance & EU AI Act');
    expect(topicName('other')).toBe('Etwas anderes');
  });
  it('headerText flattens control characters and limits length', () => {
    expect(headerText('a\u0000b\u2028c\td')).toBe('a b c d');
    expect(headerText('x'.repeat(300), 10)).toHaveLength(10);
  });
  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });
});
