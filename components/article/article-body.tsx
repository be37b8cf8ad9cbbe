import styles from './article-body.module.css';

/**
 * The article body. This is the only component that injects HTML: `html` comes from
 * lib/content/markdown.ts, which renders Markdown with sanitising on, so no raw HTML from a
 * content file reaches the page.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className={`prose ${styles.body}`} data-testid="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
