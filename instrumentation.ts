/** Runs once when a server process starts: the search indexes are built here, never per request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { warmSearchIndexes } = await import('@/lib/search');
    warmSearchIndexes();
    // Schema migrations at start (PostgreSQL: under an advisory lock, so instances starting
    // together do not race). A database that is down must not stop the pages: log, and let the
    // store migrate on first use once it is back.
    const { getStore, describeStore } = await import('@/lib/store');
    const { safeMessage } = await import('@/lib/store/redact');
    // A malformed DATABASE_URL throws here and stops the start, with the URL's password hidden.
    const where = describeStore();
    try {
      await getStore().migrate();
    } catch (error) {
      console.error(`database not ready at start (${where}): ${safeMessage(error, process.env.DATABASE_URL)}`);
    }
    const { warmPopularCounts } = await import('@/lib/popular');
    await warmPopularCounts();
  }
}
