import { eventCalendarResponse } from '@/lib/events/responses';

// Read per request from the tagged data cache: an approval or take-down
// expires it at once.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return eventCalendarResponse((await params).slug);
}
