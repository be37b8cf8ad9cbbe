import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';

export const dynamic = 'force-dynamic';

/*
 * Marks every cached page, feed, sitemap and share image of THIS server process as expired, so the
 * next request renders it from what is public now. Called by scripts/serve.mjs over a private
 * loopback listener of the same process, when a scheduled article's time has come (and at start-up
 * when the prerendered pages may reflect another moment or other content): revalidatePath needs a request
 * context, and each process of WEB_CONCURRENCY has its own page cache. The token is random per
 * process and lives only in that process's memory; the public listener never routes here.
 */
const TOKEN = Symbol.for('technow.revalidate-token');

function allowed(given: string | null): boolean {
  const expected = (globalThis as unknown as Record<symbol, string | undefined>)[TOKEN];
  if (!expected || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function POST(request: Request): Response {
  if (!allowed(request.headers.get('x-technow-revalidate'))) return new Response(null, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  revalidatePath('/', 'layout');
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
