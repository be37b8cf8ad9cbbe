
const DEFAULT_SITE_URL = 'http://localhost:3000';

/**
 * The site's public origin, read once; a malformed value fails loudly instead of emitting broken
 * canonicals. Inside the Next.js build, BUILD_SITE_URL is the SITE_URL the build was made with
 * (next.config.ts inlines it), so every page, feed and sitemap uses the build's address, whether it
 * was prerendered or rendered on first request, and the server's run-time SITE_URL cannot split
 * them. Outside Next (scripts, unit tests) SITE_URL is read as it is.
 */
function readSiteUrl(): string {
  const raw = process.env.BUILD_SITE_URL ?? process.env.SITE_URL ?? process.env.NEXT_PUBLIC_SITE_URL ?? DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: found "${raw}", expected an absolute http(s) URL such as https://news.example.com`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL: found protocol "${url.protocol}", expected http: or https:`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** Brand, URLs and social links: the one place to rebrand the publication. */
export const siteConfig = {
  name: 'TechNow',
  url: readSiteUrl(),
  timeZone: 'Europe/Berlin',
  organization: {
    name: 'TechNow GmbH',
    legalName: 'TechNow GmbH',
    logo: '/brand/logo.png',
    /** Favicon: the same mark as a 300-byte vector; the 512 px PNG stays for Apple devices and JSON-LD. */
    icon: '/brand/logo.svg',
    email: 'redaktion@technow.example',
    phone: '+49 30 1234567',
    address: { street: 'Musterstraße 12', postalCode: '10115', city: 'Berlin', country: 'Deutschland' },
    register: 'Amtsgericht Berlin-Charlottenburg, HRB 000000',
    vatId: 'DE000000000',
    managingDirector: 'Oliver Welling',
  },
  /**
   * The consultancy that answers consulting requests ("Beraten lassen"): the direct contact on the
   * consulting page and the address the privacy text names for questions about and deletion of
   * requests. The one place to set it (the newsroom's address above is for the publication).
   */
  consulting: {
    name: 'TechNow Beratung',
    email: 'beratung@technow.example',
    phone: '+49 30 1234568',
  },
  social: [
    { id: 'linkedin', label: 'LinkedIn', url: 'https://www.linkedin.com/company/technow' },
    { id: 'x', label: 'X', url: 'https://x.com/technow' },
    { id: 'youtube', label: 'YouTube', url: 'https://www.youtube.com/@technow' },
    { id: 'instagram', label: 'Instagram', url: 'https://www.instagram.com/technow' },
  ],
  defaultOgImage: '/og-default.png',
  articlesPerPage: 10,
} as const;

/** Absolute URL for a site path ("/de/articles/x" → "https://…/de/articles/x"). */
export function absoluteUrl(path: string): string {
  return `${siteConfig.url}${path.startsWith('/') ? path : `/${path}`}`;
}

