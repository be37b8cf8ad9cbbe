import type { Metadata } from 'next';
import { NotFoundView } from '@/components/listing/not-found-view';
import { SiteDocument } from '@/components/layout/site-document';
import { getT } from '@/lib/i18n/server';
import { defaultLocale, locales } from '@/lib/i18n/settings';
import { buildRootMetadata } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site';

/*
 * Every URL no route matches (and any parameter a dynamicParams = false route does not know) is
 * answered with this page and status 404. It must stay static: Next 16 answers a 404 that is
 * rendered dynamically, per request, with an empty HTML shell that needs JavaScript to show
 * anything. Being static, it cannot know the URL's language, so it speaks German, the site's
 * default, with a short English section. Unknown pages under the routes whose pages the sitemap
 * lists get app/[lang]/404 instead, in the URL's language (scripts/serve.mjs).
 */
const lang = defaultLocale;
const otherLang = locales.find((l) => l !== lang);

export function generateMetadata(): Metadata {
  return {
    ...buildRootMetadata(lang),
    // No robots entry: Next adds <meta name="robots" content="noindex"> to this page itself.
    title: `${getT(lang, 'pages')('notFound.title')} | ${siteConfig.name}`,
  };
}

export default function GlobalNotFound() {
  return (
    <SiteDocument lang={lang}>
      <NotFoundView lang={lang} alsoIn={otherLang} />
    </SiteDocument>
  );
}
