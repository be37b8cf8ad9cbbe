/**
 * Applies pending schema migrations to the configured store and prints the schema version:
 *   npm run db:migrate            (PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR)
 * For deploy pipelines: run it once before starting new instances. The server also migrates at
 * start (PostgreSQL under an advisory lock, so instances starting together do not race).
 */
import { describeStore, openStore } from '@/lib/store';
import { safeMessage } from '@/lib/store/redact';

async function main(): Promise<number> {
  let where = 'the store';
  try {
    where = describeStore();
    const store = openStore();
    try {
      const version = await store.migrate();
      process.stdout.write(`${where}: schema version ${version}\n`);
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    process.stderr.write(`db:migrate: ${safeMessage(error, process.env.DATABASE_URL)} (${where})\n`);
    return 1;
  }
}

process.exitCode = await main();
