import { IntentLink } from '@/components/ui/intent-link';
import { JsonLd } from '@/components/seo/json-ld';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import styles from './breadcrumb.module.css';

export interface BreadcrumbItem {
  name: string;
  path: string;
}

/** Breadcrumb trail plus its BreadcrumbList JSON-LD; the last item is the current page. */
export function Breadcrumb({ items, label }: { items: BreadcrumbItem[]; label: string }) {
  return (
    <nav aria-label={label} className={styles.breadcrumb}>
      <ol className={styles.list}>
        {items.map((item, i) =>
          i === items.length - 1 ? (
            <li key={item.path} className={styles.current}>
              <span aria-current="page">{item.name}</span>
            </li>
          ) : (
            <li key={item.path}>
              <IntentLink href={item.path}>{item.name}</IntentLink>
            </li>
          ),
        )}
      </ol>
      <JsonLd data={breadcrumbJsonLd(items)} />
    </nav>
  );
}
