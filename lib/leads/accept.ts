import 'server-only';
import { anonymousKey, berlinDay } from '@/lib/db/salt';
import { notificationChannels } from '@/lib/leads/channels';
import { rateLimitPolicy } from '@/lib/leads/rate-limit';
import { screenLead, storeLead, type SubmitResult } from '@/lib/leads/submit';
import { getStore } from '@/lib/store';
import { StoreUnavailableError, type LeadOrigin } from '@/lib/store/types';

/*
 * The one entry point of the HTTP layer into consulting requests: the route handler reads the
 * request (same origin, body, the client's address behind trusted proxies, where the reader came
 * from) and hands the plain values here; everything below (salted client key, rules, store, outbox)
 * is storage's business.
 */

export interface LeadRequest {
  /** The posted form fields as strings. */
  fields: Record<string, unknown>;
  /** The client's address as the HTTP layer determined it (never stored raw). */
  clientAddress: string;
  /** Page the reader came from, already checked to be a path of this site. */
  origin: LeadOrigin;
  now: number;
}

/** 'unavailable': the database could not be reached; nothing was stored and the reader should retry shortly. */
export type AcceptResult = SubmitResult | { status: 'unavailable' };

export async function acceptLead(request: LeadRequest): Promise<AcceptResult> {
  // Honeypot and validation first: an invalid form gets its field errors even while the database is down.
  const screened = screenLead(request.fields);
  if (screened.status !== 'valid') return screened;
  const store = getStore();
  try {
    const salt = await store.reads.dailySalt(berlinDay(new Date(request.now)));
    const clientKey = anonymousKey(salt, 'lead', request.clientAddress);
    return await storeLead(store.leads, screened.data, {
      clientKey,
      now: request.now,
      policy: rateLimitPolicy(),
      origin: request.origin,
      channels: notificationChannels(),
    });
  } catch (error) {
    // The store already made its message safe (no connection string); the reader gets a 503.
    if (error instanceof StoreUnavailableError) return { status: 'unavailable' };
    throw error;
  }
}
