import { createHash } from 'node:crypto';
import consultingDe from '@/locales/de/consulting.json';
import { formatDateTime } from '@/lib/format';
import { absoluteUrl, siteConfig } from '@/lib/site';
import type { LeadTopic } from '@/lib/leads/rules';
import type { OutboxItem, StoredLead } from '@/lib/store/types';

/*
 * The notification mail a consultant receives for one consulting request. Pure: the same outbox
 * row always gives the same mail (same Message-ID), so a resend after a crash is recognisable as the
 * same message. The wording is German on purpose: it is the consultancy's working language, not the
 * reader's (whose language is one of the fields), so it does not go through the site's locales; the
 * topic names do, so the mail says what the form said ("KI-Strategie", never "strategy").
 */

export interface MailAddress {
  name: string;
  address: string;
}

export interface LeadMail {
  from: MailAddress;
  to: string;
  replyTo: MailAddress;
  subject: string;
  text: string;
  html: string;
  /** With angle brackets, as the header carries it. */
  messageId: string;
  headers: Record<string, string>;
}

export interface MailSettings {
  from: MailAddress;
  /** One address or a comma-separated list (LEADS_NOTIFY_TO). */
  to: string;
}

const LANGUAGE_NAMES: Record<string, string> = { de: 'Deutsch', en: 'Englisch' };

/** German topic name from locales/de/consulting.json; the code itself if a topic is ever unknown. */
export function topicName(topic: LeadTopic | string): string {
  const names: Record<string, string> = consultingDe.topics;
  return names[topic] ?? topic;
}

/**
 * One line of header-safe text: line breaks and every other control character become a space, so a
 * value can never end a header and start another one (nodemailer encodes the rest).
 */
export function headerText(value: string, maxLength = 200): string {
  const line = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

/** Text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * Message-ID from the outbox row's deliveryKey: stable across retries and processes. Keys made of
 * other characters than a Message-ID's left side allows are hashed, never passed through.
 */
export function messageIdFor(deliveryKey: string, domain = mailDomain()): string {
  const left = /^[A-Za-z0-9._-]{1,128}$/.test(deliveryKey) ? deliveryKey : createHash('sha256').update(deliveryKey).digest('hex').slice(0, 40);
  return `<lead-${left}@${domain}>`;
}

function mailDomain(): string {
  return new URL(siteConfig.url).hostname;
}

/** Absolute URL of the page the reader came from, only for a path of this site. */
export function originUrl(path: string | undefined): string | undefined {
  if (!path || !path.startsWith('/') || path.startsWith('//') || /[\s\\]/.test(path)) return undefined;
  return absoluteUrl(path);
}

/** "Beratungsanfrage: KI-Strategie – Muster GmbH (Erika Muster)": topic, company, person at a glance. */
export function leadSubject(lead: StoredLead): string {
  return headerText(`Beratungsanfrage: ${topicName(lead.topic)} – ${headerText(lead.company, 80)} (${headerText(lead.name, 60)})`, 250);
}

interface Row {
  label: string;
  text: string;
  /** Optional link target (already a safe absolute URL or mailto:/tel:). */
  href?: string;
}

function rows(lead: StoredLead): Row[] {
  const origin = originUrl(lead.origin.path);
  const originText = lead.origin.title ? `${lead.origin.title}${origin ? ` (${origin})` : ''}` : (origin ?? 'unbekannt');
  return [
    { label: 'Name', text: lead.name },
    { label: 'Unternehmen', text: lead.company },
    { label: 'E-Mail', text: lead.email, href: `mailto:${lead.email}` },
    { label: 'Telefon', text: lead.phone ?? '–', ...(lead.phone ? { href: `tel:${lead.phone.replace(/[^0-9+]/g, '')}` } : {}) },
    { label: 'Thema', text: topicName(lead.topic) },
    { label: 'Sprache', text: LANGUAGE_NAMES[lead.lang] ?? lead.lang },
    { label: 'Gekommen von', text: originText, ...(origin ? { href: origin } : {}) },
    { label: 'Eingegangen', text: formatDateTime(lead.createdAt, 'de') },
    {
      label: 'Einwilligung',
      text: `${formatDateTime(new Date(lead.consent.at), 'de')}, Datenschutzerklärung Version ${lead.consent.privacyVersion}`,
    },
    { label: 'Anfrage-Nr.', text: String(lead.id) },
  ];
}

function textBody(lead: StoredLead): string {
  const list = rows(lead);
  const width = Math.max(...list.map((r) => r.label.length)) + 2;
  const lines = [
    `Neue Beratungsanfrage über ${siteConfig.name}`,
    '',
    ...list.map((r) => `${`${r.label}:`.padEnd(width)}${r.text}`),
    '',
    'Nachricht:',
    '',
    lead.message,
    '',
    '-- ',
    `Eine Antwort auf diese Mail geht direkt an ${lead.name} (Reply-To).`,
  ];
  return `${lines.join('\n')}\n`;
}

function htmlBody(lead: StoredLead): string {
  const cell = (r: Row) => (r.href ? `<a href="${escapeHtml(r.href)}">${escapeHtml(r.text)}</a>` : escapeHtml(r.text));
  const table = rows(lead)
    .map((r) => `<tr><th align="left" valign="top" style="padding:4px 16px 4px 0;white-space:nowrap">${escapeHtml(r.label)}</th><td style="padding:4px 0">${cell(r)}</td></tr>`)
    .join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta charset="utf-8"><title>Beratungsanfrage</title></head>',
    '<body style="font-family:system-ui,sans-serif;font-size:15px;line-height:1.5;color:#111">',
    `<h1 style="font-size:18px">Neue Beratungsanfrage über ${escapeHtml(siteConfig.name)}</h1>`,
    `<table role="presentation" style="border-collapse:collapse">\n${table}\n</table>`,
    '<h2 style="font-size:16px">Nachricht</h2>',
    // pre-wrap keeps the reader's line breaks without turning them into markup.
    `<div style="white-space:pre-wrap;border-left:3px solid #ccc;padding-left:12px">${escapeHtml(lead.message)}</div>`,
    `<p style="color:#555;font-size:13px">Eine Antwort auf diese Mail geht direkt an ${escapeHtml(lead.name)} (Reply-To).</p>`,
    '</body></html>',
  ].join('\n');
}

/** The whole notification for one outbox row of channel 'email'. */
export function composeLeadMail(item: Pick<OutboxItem, 'deliveryKey' | 'lead'>, settings: MailSettings): LeadMail {
  const { lead } = item;
  return {
    from: { name: headerText(settings.from.name, 100), address: headerText(settings.from.address, 254) },
    to: headerText(settings.to, 1000),
    // Reply-To as an address object: nodemailer encodes the name as a MIME word; headerText keeps
    // any line break out of both parts even if a value ever bypassed the form's validation.
    replyTo: { name: headerText(lead.name, 100), address: headerText(lead.email, 254).replace(/\s/g, '') },
    subject: leadSubject(lead),
    text: textBody(lead),
    html: htmlBody(lead),
    messageId: messageIdFor(item.deliveryKey),
    headers: { 'X-TechNow-Lead-Id': String(lead.id) },
  };
}
