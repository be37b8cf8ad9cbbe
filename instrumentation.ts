/** Runs once when a server process starts: the search indexes are built here, never per request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { warmSearchIndexes } = await import('@/lib/search');
    warmSearchIndexes();
  }
}
