import { checkDatabase } from '@/lib/store/health';

export const dynamic = 'force-dynamic';

/**
 * Health of this instance for load balancers, monitoring and the test runner.
 *
 * - `GET /api/health`: 200 while the process serves pages, with the database's state in the body
 *   (`{"status":"ok"|"degraded","database":"ok"|"degraded"}`). Pages do not need the database, so a
 *   load balancer must not take every instance out of rotation because the shared database is down:
 *   that would turn a broken form into a site that is down.
 * - `GET /api/health?require=database`: 503 when the database is degraded, for monitoring and
 *   readiness checks that must alert (docs/production.md).
 */
export async function GET(request: Request): Promise<Response> {
  const database = await checkDatabase();
  const strict = new URL(request.url).searchParams.get('require') === 'database';
  const status = database.state === 'ok' ? 'ok' : 'degraded';
  return Response.json(
    { status, database: database.state, store: database.kind, ...(database.detail ? { detail: database.detail } : {}) },
    { status: strict && status !== 'ok' ? 503 : 200, headers: { 'Cache-Control': 'no-store' } },
  );
}
