import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ContentProblemsDocument } from '@/components/dev/content-problems';
import { SiteDocument } from '@/components/layout/site-document';
import { contentProblemsWhileEditing } from '@/lib/content/dev-problems';
import { isLocale, locales } from '@/lib/i18n/settings';
import { buildRootMetadata } from '@/lib/seo/metadata';

// Only the configured languages exist. No `dynamicParams = false` here: Next applies it to every
// route below, which would stop older articles and numbered pages from rendering on first request
// (lib/prerender.ts). Each page declares its own; an unknown language is a 404 in the layout.

export function generateStaticParams() {
  return locales.map((lang) => ({ lang }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#171a21' },
  ],
};

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  return buildRootMetadata(lang);
}

/** The root layout (there is no app/layout.tsx): <html lang> comes from the route. */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  // `next dev` only: invalid content shows the list of problems instead of a stack trace.
  const problems = contentProblemsWhileEditing();
  if (problems) return <ContentProblemsDocument lang={lang} issues={problems} />;
  return <SiteDocument lang={lang}>{children}</SiteDocument>;
}
