/** Liveness probe for load balancers and the test runner: no I/O, answers at once. */
export function GET(): Response {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
