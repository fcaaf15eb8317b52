import { jsonLdScript } from '@/lib/site/json-ld';

/** Structured data for search engines; "<" is escaped, so content cannot end the script. */
export function JsonLd({ data }: { data: Record<string, unknown> | Record<string, unknown>[] }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON, escaped by jsonLdScript
      dangerouslySetInnerHTML={{ __html: jsonLdScript(data) }}
    />
  );
}
