import { describe, expect, it } from 'vitest';
import { mailFrom, readDeliveryConfig } from '@/lib/delivery/config';
import { siteConfig } from '@/lib/site';

describe('delivery configuration', () => {
  it('without SMTP_URL says that e-mail is off', () => {
    const config = readDeliveryConfig({});
    expect(config.email).toBeUndefined();
    expect(config.webhook).toBeUndefined();
    expect(config.notices.join('\n')).toContain('e-mail notifications are off: SMTP_URL is not set');
    expect(config.retentionDays).toBe(180);
  });

  it('needs LEADS_NOTIFY_TO and never repeats the SMTP password', () => {
    const off = readDeliveryConfig({ SMTP_URL: 'smtp://user:s3cret@mail.example:587' });
    expect(off.email).toBeUndefined();
    expect(off.notices.join('\n')).toContain('LEADS_NOTIFY_TO');
    const on = readDeliveryConfig({ SMTP_URL: 'smtp://user:s3cret@mail.example:587', LEADS_NOTIFY_TO: 'beratung@technow.example' });
    expect(on.email).toMatchObject({ to: 'beratung@technow.example', from: { address: siteConfig.organization.email } });
    expect(on.notices.join('\n')).toContain('mail.example:587');
    expect([...off.notices, ...on.notices].join('\n')).not.toContain('s3cret');
  });

  it('reads the sender from LEADS_MAIL_FROM', () => {
    expect(mailFrom({ LEADS_MAIL_FROM: 'Website <noreply@technow.example>' })).toEqual({ name: 'Website', address: 'noreply@technow.example' });
    expect(mailFrom({ LEADS_MAIL_FROM: 'noreply@technow.example' })).toEqual({ name: 'TechNow Website', address: 'noreply@technow.example' });
    expect(() => mailFrom({ LEADS_MAIL_FROM: 'not an address' })).toThrow(/LEADS_MAIL_FROM/);
  });

  it('turns the webhook on only with a URL and a long enough secret, never printing the secret', () => {
    expect(readDeliveryConfig({ LEADS_WEBHOOK_URL: 'https://crm.example/hook' }).webhook).toBeUndefined();
    const on = readDeliveryConfig({ LEADS_WEBHOOK_URL: 'https://crm.example/hook', LEADS_WEBHOOK_SECRET: 'sixteen-chars-long-secret' });
    expect(on.webhook).toEqual({ url: 'https://crm.example/hook', secret: 'sixteen-chars-long-secret' });
    expect(on.notices.join('\n')).not.toContain('sixteen-chars');
  });

  it('reads LEADS_RETENTION_DAYS; a malformed value is reported and the default applies', () => {
    expect(readDeliveryConfig({ LEADS_RETENTION_DAYS: '30' }).retentionDays).toBe(30);
    const config = readDeliveryConfig({ LEADS_RETENTION_DAYS: '30d' });
    expect(config.retentionDays).toBe(180);
    expect(config.notices.join('\n')).toContain('LEADS_RETENTION_DAYS');
  });
});
