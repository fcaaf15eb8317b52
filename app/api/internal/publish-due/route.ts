import { expireTags } from '@/lib/cache/expire';
import { INTERNAL_TOKEN_HEADER, isInternalToken } from '@/lib/workflow/internal-token';
import { publishDueRevisions } from '@/lib/workflow/publish-due';

/**
 * Called every second by this server's own scheduler (lib/workflow/
 * scheduler.ts): publishes what is due and expires the public pages that
 * show it. Anyone without the process's token gets a plain 404.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isInternalToken(request.headers.get(INTERNAL_TOKEN_HEADER))) {
    return new Response('Not Found', { status: 404 });
  }
  const result = await publishDueRevisions(new Date());
  expireTags(result.tags);
  for (const failure of result.failed) {
    console.error(`[publish-due] revision ${failure.revisionId} stays scheduled:`, failure.error);
  }
  return Response.json(
    { promoted: result.promoted.map((p) => p.slug), failed: result.failed.length },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
