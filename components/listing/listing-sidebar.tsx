import { getHotCategories } from '@/lib/content';
import type { Locale } from '@/lib/i18n/settings';
import { getPopularArticles } from '@/lib/popular';
import { ConsultingCta } from '@/components/sidebar/consulting-cta';
import { FollowUs } from '@/components/sidebar/follow-us';
import { HotCategories } from '@/components/sidebar/hot-categories';
import { PopularArticles } from '@/components/sidebar/popular-articles';

/** Sidebar of home and listing pages, built from the same blocks as the article sidebar. */
export function ListingSidebar({ lang }: { lang: Locale }) {
  return (
    <>
      <PopularArticles articles={getPopularArticles(lang, 5)} lang={lang} />
      <ConsultingCta lang={lang} />
      <FollowUs lang={lang} />
      <HotCategories categories={getHotCategories(lang, 6)} lang={lang} />
    </>
  );
}
