/**
 * Runs once when a server process starts: the search indexes are built here, never per request,
 * and the model of what is public now is handed to the production server (scripts/serve.mjs reads
 * it from globalThis to answer unknown pages and to invalidate pages when an article goes live).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { registerPublicationHooks, knownPaths } = await import('@/lib/publication/pages');
    registerPublicationHooks();
    // Every request needs the content and the model of which pages exist: read them now, before
    // the server listens, rather than inside the first request and next to the search indexes.
    if (process.env.NODE_ENV === 'production') {
      try {
        knownPaths();
      } catch (error) {
        console.error('content could not be loaded at start:', error);
      }
    }
    // Loads in the background: pages do not wait for it, a search that comes first does (and
    // starts the load itself). Half a second after start, so the first pages are not queued behind
    // it: at 20,000 articles each language's index is a few hundred ms of parsing that cannot yield.
    const { warmSearchIndexes } = await import('@/lib/search');
    const { isContentValidationError } = await import('@/lib/content/load');
    setTimeout(() => {
      warmSearchIndexes().catch((error: unknown) => {
        // While editing, broken content must not stop `next dev`: the pages list the problems
        // instead (app/[lang]/layout.tsx). Anywhere else the failure is logged; searches retry.
        if (process.env.NODE_ENV !== 'development' || !isContentValidationError(error)) console.error('search index could not be loaded:', error);
      });
    }, 500);
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
    // Notifications of consulting requests (mail, webhook) and retention: one worker per process.
    const { startDeliveryWorker } = await import('@/lib/delivery/start');
    startDeliveryWorker(getStore());
    const { warmPopularCounts } = await import('@/lib/popular');
    await warmPopularCounts();
    // The build's address wins (lib/site.ts); a different SITE_URL at run time is a deployment
    // mistake worth one line in the log rather than pages that disagree.
    const { siteConfig } = await import('@/lib/site');
    const runtime = process.env.SITE_URL?.replace(/\/+$/, '');
    if (runtime && runtime !== siteConfig.url) {
      console.warn(`SITE_URL=${runtime} is set at run time, but this build was made for ${siteConfig.url}: every page uses ${siteConfig.url}. Rebuild with the new SITE_URL to change it.`);
    }
  }
}
