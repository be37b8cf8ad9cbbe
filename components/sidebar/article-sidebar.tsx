import { AuthorBox } from '@/components/sidebar/author-box';
import { ConsultingCta } from '@/components/sidebar/consulting-cta';
import { FollowUs } from '@/components/sidebar/follow-us';
import { HotCategories } from '@/components/sidebar/hot-categories';
import { PopularArticles } from '@/components/sidebar/popular-articles';
import { getHotCategories } from '@/lib/content';
import type { ArticleMeta, Author } from '@/lib/content/types';
import { getT } from '@/lib/i18n/server';
import type { Locale } from '@/lib/i18n/settings';
import { getPopularArticles } from '@/lib/popular';
import { routes } from '@/lib/routes';
import styles from './article-sidebar.module.css';

/** The article page's sidebar: follow us, popular articles, author(s), consulting CTA, hot categories. */
export function ArticleSidebar({ lang, authors, current }: { lang: Locale; authors: Author[]; current: Pick<ArticleMeta, 'slug'> }) {
  const t = getT(lang, 'article');
  // Ask for one more, so the list stays five long after leaving out the article being read.
  const popular = getPopularArticles(lang, 6)
    .filter((a) => a.slug !== current.slug)
    .slice(0, 5);
  return (
    <aside className={styles.sidebar} aria-label={t('sidebar.label')} data-testid="sidebar">
      <FollowUs lang={lang} />
      <PopularArticles articles={popular} lang={lang} />
      {authors.map((a) => (
        <AuthorBox key={a.slug} author={a} lang={lang} />
      ))}
      <ConsultingCta lang={lang} from={routes.article(lang, current.slug)} />
      <HotCategories categories={getHotCategories(lang, 6)} lang={lang} />
    </aside>
  );
}
