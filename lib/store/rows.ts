import type { Locale } from '@/lib/i18n/settings';
import type { LeadTopic } from '@/lib/leads/schema';
import type { DeliveryChannel, DeliveryState, StoredLead } from '@/lib/store/types';

/*
 * Row shapes shared by both implementations: the tables have the same columns in SQLite and
 * PostgreSQL (times as milliseconds since the epoch in both), so one mapping turns rows into the
 * contract's objects. PostgreSQL returns bigint as a string, hence Number() everywhere.
 */

export interface LeadRow {
  id: number | string;
  created_at: number | string;
  lang: Locale;
  name: string;
  company: string;
  email: string;
  phone: string | null;
  topic: LeadTopic;
  message: string;
  consent_at: number | string;
  privacy_version: string;
  origin_path: string | null;
  origin_title: string | null;
  handled_at: number | string | null;
}

export interface OutboxRow {
  id: number | string;
  lead_id: number | string;
  channel: DeliveryChannel;
  state: DeliveryState;
  attempts: number | string;
  last_error: string | null;
  delivery_key: string;
}

export const LEAD_COLUMNS = 'id, created_at, lang, name, company, email, phone, topic, message, consent_at, privacy_version, origin_path, origin_title, handled_at';
export const OUTBOX_COLUMNS = 'id, lead_id, channel, state, attempts, last_error, delivery_key';

export function toDelivery(row: OutboxRow): StoredLead['deliveries'][number] {
  return {
    id: Number(row.id),
    channel: row.channel,
    state: row.state,
    attempts: Number(row.attempts),
    ...(row.last_error ? { lastError: row.last_error } : {}),
  };
}

export function toStoredLead(row: LeadRow, deliveries: readonly OutboxRow[]): StoredLead {
  const id = Number(row.id);
  return {
    id,
    createdAt: new Date(Number(row.created_at)),
    lang: row.lang,
    name: row.name,
    company: row.company,
    email: row.email,
    ...(row.phone ? { phone: row.phone } : {}),
    topic: row.topic,
    message: row.message,
    origin: {
      ...(row.origin_path ? { path: row.origin_path } : {}),
      ...(row.origin_title ? { title: row.origin_title } : {}),
    },
    consent: { at: Number(row.consent_at), privacyVersion: row.privacy_version },
    ...(row.handled_at !== null ? { handledAt: new Date(Number(row.handled_at)) } : {}),
    deliveries: deliveries
      .filter((d) => Number(d.lead_id) === id)
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map(toDelivery),
  };
}
