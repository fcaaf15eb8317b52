import type { MediaDto } from '@/lib/articles/dto';

/**
 * A stored image at its intrinsic size (width/height reserve the space, so
 * nothing jumps while it loads). Files come from the /media route.
 */
export function MediaImage({
  media,
  className = '',
  eager = false,
}: {
  media: MediaDto;
  className?: string;
  eager?: boolean;
}) {
  return (
    // biome-ignore lint/performance/noImgElement: files are served as stored by /media, not resized by next/image
    <img
      src={media.src}
      width={media.width}
      height={media.height}
      alt={media.alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={`h-auto w-full bg-slate-100 object-cover ${className}`}
    />
  );
}
