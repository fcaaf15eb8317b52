import { eventsFeedResponse } from '@/lib/events/responses';

// Read per request from the tagged data cache: an approval or take-down
// expires it at once.
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return eventsFeedResponse();
}
