import type { Metadata } from 'next';
import { lang as rootLang } from 'next/root-params';
import { getT } from '@/lib/i18n/server';
import { defaultLocale, isLocale, type Locale } from '@/lib/i18n/settings';
import { NotFoundView } from '@/components/listing/not-found-view';

// not-found.tsx receives no params; the root parameter getter reads the language from the URL
// without headers(), so the 404 stays renderable at build time and per request.
async function currentLocale(): Promise<Locale> {
  try {
    const value: unknown = await rootLang();
    return isLocale(value) ? value : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  const lang = await currentLocale();
  // Next adds <meta name="robots" content="noindex"> to every 404 itself.
  return { title: getT(lang, 'pages')('notFound.title') };
}

export default async function NotFound() {
  return <NotFoundView lang={await currentLocale()} />;
}
