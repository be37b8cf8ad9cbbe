import type { SqliteDatabase } from '@/lib/db/sqlite';
import type { Locale } from '@/lib/i18n/settings';

export interface ReadCount {
  slug: string;
  reads: number;
}

/** Counting of anonymous article reads; swappable like LeadStore (see docs/storage.md). */
export interface ReadStore {
  /** Counts a read unless this visitor already read the article today; true when it was counted. */
  record(read: { day: string; lang: Locale; slug: string; visitor: string }): boolean | Promise<boolean>;
  /** Reads per article from `sinceDay` (inclusive), most read first. */
  top(lang: Locale, sinceDay: string, limit: number): ReadCount[];
}

/** ReadStore on SQLite: visitor hashes only for today, counts per day and article. */
export function createSqliteReadStore(db: SqliteDatabase): ReadStore {
  const insertVisitor = db.prepare('INSERT OR IGNORE INTO read_visitors (day, lang, slug, visitor) VALUES (?, ?, ?, ?)');
  const bump = db.prepare(
    `INSERT INTO read_counts (day, lang, slug, reads) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, lang, slug) DO UPDATE SET reads = reads + 1`,
  );
  const topQuery = db.prepare(
    `SELECT slug, SUM(reads) AS reads FROM read_counts WHERE lang = ? AND day >= ?
     GROUP BY slug ORDER BY reads DESC, slug ASC LIMIT ?`,
  );
  const record = db.transaction((day: string, lang: Locale, slug: string, visitor: string): boolean => {
    if (insertVisitor.run(day, lang, slug, visitor).changes === 0) return false;
    bump.run(day, lang, slug);
    return true;
  });
  return {
    record: ({ day, lang, slug, visitor }) => record.immediate(day, lang, slug, visitor),
    top: (lang, sinceDay, limit) => topQuery.all(lang, sinceDay, limit) as ReadCount[],
  };
}
