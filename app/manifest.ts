import type { MetadataRoute } from 'next';
import { getT } from '@/lib/i18n/server';
import { defaultLocale } from '@/lib/i18n/settings';
import { routes } from '@/lib/routes';
import { siteConfig } from '@/lib/site';

/**
 * /manifest.webmanifest: name, colours and icons for "add to home screen". One manifest for the
 * site, in the default language; "/" sends each reader on to their own edition.
 */
export default function manifest(): MetadataRoute.Manifest {
  const t = getT(defaultLocale, 'common');
  return {
    name: `${siteConfig.name} – ${t('brand.tagline')}`,
    short_name: siteConfig.name,
    description: t('footer.about'),
    lang: defaultLocale,
    start_url: routes.home(defaultLocale),
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#4338ca',
    icons: [
      { src: siteConfig.organization.icon, sizes: 'any', type: 'image/svg+xml' },
      { src: '/brand/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: siteConfig.organization.logo, sizes: '512x512', type: 'image/png' },
      { src: '/brand/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
