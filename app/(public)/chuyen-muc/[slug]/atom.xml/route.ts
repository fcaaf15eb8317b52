import { feedRoute } from '@/lib/feeds/response';

// Read per request from the tagged data cache: a publish or take-down
// expires the article lists, and so this feed, at once.
export const dynamic = 'force-dynamic';

export const GET = feedRoute('atom');
