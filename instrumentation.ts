/** Runs once when a server process starts: the search indexes are built here, never per request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { warmSearchIndexes } = await import('@/lib/search');
    warmSearchIndexes();
    // The build's address wins (lib/site.ts); a different SITE_URL at run time is a deployment
    // mistake worth one line in the log rather than pages that disagree.
    const { siteConfig } = await import('@/lib/site');
    const runtime = process.env.SITE_URL?.replace(/\/+$/, '');
    if (runtime && runtime !== siteConfig.url) {
      console.warn(`SITE_URL=${runtime} is set at run time, but this build was made for ${siteConfig.url}: every page uses ${siteConfig.url}. Rebuild with the new SITE_URL to change it.`);
    }
  }
}
