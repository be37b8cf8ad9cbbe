// Printed before `next build`: the public origin is baked into canonical URLs, hreflang, sitemaps,
// feeds, JSON-LD and share links at build time, so a build without SITE_URL says so.
const site = process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL;
if (site) {
  console.log(`Building for SITE_URL=${site}`);
} else {
  console.warn(
    'SITE_URL is not set: canonical URLs, sitemaps, feeds and share links will point at http://localhost:3000.\n' +
      'That is right for trying the site locally; for a public deployment build with SITE_URL=https://your-domain.',
  );
}
