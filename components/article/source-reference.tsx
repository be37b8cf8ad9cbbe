import styles from './source-reference.module.css';

export interface SourceReferenceProps {
  source: { title: string; url: string };
  labels: { heading: string; text: string; external: string };
}

/** Names the original (usually English) report the story is based on, with an external link. */
export function SourceReference({ source, labels }: SourceReferenceProps) {
  let host = '';
  try {
    host = new URL(source.url).hostname.replace(/^www\./, '');
  } catch {
    // The schema only admits absolute URLs; a host is a nicety, not a requirement.
  }
  return (
    <section className={styles.source} aria-labelledby="source-heading" data-testid="source-reference">
      <h2 id="source-heading" className={styles.heading}>
        {labels.heading}
      </h2>
      <p className={styles.text}>
        {labels.text}{' '}
        <a href={source.url} rel="noopener noreferrer" target="_blank" hrefLang="en" lang="en" className={styles.link}>
          <cite>{source.title}</cite>
          <span className="visually-hidden"> {labels.external}</span>
        </a>
        {host ? <span className={styles.host}> ({host})</span> : null}
      </p>
    </section>
  );
}
