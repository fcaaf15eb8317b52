import { calendarFeedResponse } from '@/lib/events/responses';

// Read per request from the tagged data cache: an approval or take-down
// expires it at once, so a taken-down event leaves subscribed calendars at
// their next refresh.
export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return calendarFeedResponse();
}
