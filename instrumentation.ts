/**
 * Runs once when a server process starts: the search indexes are built here, never per request,
 * and the model of what is public now is handed to the production server (scripts/serve.mjs reads
 * it from globalThis to answer unknown pages and to invalidate pages when an article goes live).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerPublicationHooks } = await import('@/lib/publication/pages');
    registerPublicationHooks();
    const { warmSearchIndexes } = await import('@/lib/search');
    try {
      warmSearchIndexes();
    } catch (error) {
      // While editing, broken content must not stop `next dev`: the pages list the problems
      // instead (app/[lang]/layout.tsx). Anywhere else it is a real failure.
      const { isContentValidationError } = await import('@/lib/content/load');
      if (process.env.NODE_ENV !== 'development' || !isContentValidationError(error)) throw error;
    }
  }
}
