import type { Metadata } from 'next';
import { AuthorView, authorMetadata, authorParams } from '@/components/listing/author-view';
import { requireLocale } from '@/components/listing/route-params';

type Props = { params: Promise<{ lang: string; slug: string }> };

export const dynamicParams = false;
// A listing (see the home page): fresh within 30 s of a publication even without the timer.
export const revalidate = 30;

export function generateStaticParams() {
  return authorParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params;
  return authorMetadata(requireLocale(lang), slug);
}

export default async function AuthorPage({ params }: Props) {
  const { lang, slug } = await params;
  return <AuthorView lang={requireLocale(lang)} slug={slug} />;
}
