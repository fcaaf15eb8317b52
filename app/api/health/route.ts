import { databaseReachable } from '@/lib/db/reachable';

// A liveness probe must reflect the database now, never a cached answer.
export const dynamic = 'force-dynamic';

const headers = { 'Cache-Control': 'no-store' };

/**
 * 200 {"status":"ok"} when the database answers, else 503 {"status":"error"}
 * within about a second (well under the 2 s a monitor or load balancer
 * typically waits). A fresh connection, not the app's pool, so a cold start
 * or a busy pool never reads as an outage.
 */
export async function GET(): Promise<Response> {
  if (await databaseReachable()) return Response.json({ status: 'ok' }, { headers });
  return Response.json({ status: 'error' }, { status: 503, headers });
}
