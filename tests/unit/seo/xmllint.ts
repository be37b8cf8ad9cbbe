import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SITEMAP_XSD = fileURLToPath(new URL('../../schemas/sitemap.xsd', import.meta.url));

/** Validates a sitemap against the sitemaps.org XSD with Debian's xmllint (libxml2-utils). */
export function validateSitemap(xml: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', SITEMAP_XSD, '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Checks that a document is well-formed XML. */
export function isWellFormed(xml: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** Evaluates an XPath expression on a document (namespaces ignored via local-name()). */
export function xpath(xml: string, expr: string): string {
  const r = spawnSync('xmllint', ['--xpath', expr, '-'], { input: xml, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r.stdout.trim();
}
