import { db } from '@/lib/db/client';

// A liveness probe must reflect the database now, never a cached answer.
export const dynamic = 'force-dynamic';

// Well under the 2 s a load balancer or a monitor typically waits.
const TIMEOUT_MS = 1500;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error('health check timed out')), ms).unref();
  });
}

const headers = { 'Cache-Control': 'no-store' };

/** 200 {"status":"ok"} when `SELECT 1` answers in time, else 503 {"status":"error"}; details stay in the log. */
export async function GET(): Promise<Response> {
  try {
    await Promise.race([db().$queryRaw`SELECT 1`, timeout(TIMEOUT_MS)]);
    return Response.json({ status: 'ok' }, { headers });
  } catch (error) {
    console.error('health check failed:', error instanceof Error ? error.message : error);
    return Response.json({ status: 'error' }, { status: 503, headers });
  }
}
