/*
 * Consulting requests are stored through the one storage contract (lib/store/types.ts); this module
 * only keeps the names older code imports. The implementations live in lib/store/.
 */
export type { LeadRepository as LeadStore, StoredLead, SubmitContext, SubmitOutcome } from '@/lib/store/types';
