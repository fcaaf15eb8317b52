import { NotFoundMessage } from '@/components/layout/not-found-message';

/** notFound() from a reading page: shown inside the portal's header and footer. */
export default function PublicNotFound() {
  return <NotFoundMessage />;
}
