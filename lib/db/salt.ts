import { createHash, randomBytes } from 'node:crypto';
import type { SqliteDatabase } from '@/lib/db/sqlite';

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

/**
 * Today's random salt, shared by all processes on this database. Creating a new day's salt deletes
 * every older salt and the visitor hashes made with them, so nothing links visitors across days.
 */
export function getDailySalt(db: SqliteDatabase, day: string): string {
  const existing = db.prepare('SELECT salt FROM daily_salts WHERE day = ?').pluck().get(day) as string | undefined;
  if (existing) return existing;
  const rotate = db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO daily_salts (day, salt) VALUES (?, ?)').run(day, randomBytes(32).toString('hex'));
    db.prepare('DELETE FROM daily_salts WHERE day <> ?').run(day);
    db.prepare('DELETE FROM read_visitors WHERE day <> ?').run(day);
    return db.prepare('SELECT salt FROM daily_salts WHERE day = ?').pluck().get(day) as string;
  });
  return rotate.immediate();
}

/** Salted SHA-256 of the given parts: an anonymous key that changes every day. */
export function anonymousKey(salt: string, ...parts: string[]): string {
  const hash = createHash('sha256');
  hash.update(salt);
  for (const p of parts) hash.update(`\u0000${p}`);
  return hash.digest('hex');
}
