import 'server-only';
import { getDb } from '@/lib/db';
import { anonymousKey, berlinDay, getDailySalt } from '@/lib/db/salt';
import { getLeadStore } from '@/lib/leads/server';
import { submitLead, type SubmitResult } from '@/lib/leads/submit';
import type { LeadOrigin } from '@/lib/store/types';

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
  const db = getDb();
  const clientKey = anonymousKey(getDailySalt(db, berlinDay(new Date(request.now))), 'lead', request.clientAddress);
  return submitLead(getLeadStore(), request.fields, { clientKey, now: request.now });
}
