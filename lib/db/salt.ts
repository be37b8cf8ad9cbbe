import { createHash } from 'node:crypto';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar day in Europe/Berlin as YYYY-MM-DD (the unit of read counting and salt rotation). */
export function berlinDay(date: Date): string {
  return dayFormat.format(date);
}

/** The day `n` days before `day` (YYYY-MM-DD, calendar arithmetic in UTC to avoid DST shifts). */
export function shiftDay(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

/** Salted SHA-256 of the given parts: an anonymous key that changes every day. */
export function anonymousKey(salt: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const p of parts) hash.update(`\u0000${p}`);
  return hash.digest('hex');
}
