import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for search engines, rendered as one <script type="application/ld+json">. */
export function JsonLd({ data }: { data: object | object[] }) {
  return (
    <script
      type="application/ld+json"
      // Safe: the payload is JSON built by lib/seo, and serializeJsonLd escapes every "<", so no
      // string value (headline, bio, …) can close the script element or inject markup.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
