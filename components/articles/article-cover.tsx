import type { MediaDto } from '@/lib/articles/dto';
import { MediaImage } from './media-image';

/** The article's cover photo with its caption and credit. */
export function ArticleCover({ cover }: { cover: MediaDto }) {
  const hasCaption = cover.caption || cover.credit;
  return (
    <figure className="my-6">
      <MediaImage media={cover} eager className="rounded" />
      {hasCaption ? (
        <figcaption className="mt-2 text-sm text-slate-700 italic">
          {cover.caption}
          {cover.caption && cover.credit ? ' ' : null}
          {cover.credit ? <span className="not-italic">(Ảnh: {cover.credit})</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
