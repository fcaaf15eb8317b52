import Link from 'next/link';
import { DateText } from '@/components/ui/date-text';
import type { ArticleSummary } from '@/lib/articles/dto';
import { MediaImage } from './media-image';

type Variant = 'lead' | 'row' | 'tile';

type Props = {
  article: ArticleSummary;
  /** Heading level that fits the page outline where the card sits. */
  heading: 'h2' | 'h3';
  /** lead: the home page's top story; row: image beside text; tile: grid item. */
  variant?: Variant;
  showLead?: boolean;
  showCategory?: boolean;
  /** False for compact lists (related news) where pictures add nothing. */
  withImage?: boolean;
};

const rootClass: Record<Variant, string> = {
  lead: 'grid gap-4 md:grid-cols-5 md:gap-6',
  row: 'grid grid-cols-[7rem_1fr] gap-3 sm:grid-cols-[12rem_1fr] sm:gap-4',
  tile: 'flex flex-col gap-3',
};

/**
 * Without a cover, the text takes the place of the picture: a lead story or
 * a row spans the full width, a tile becomes a text-first card (a rule above
 * it and its lead in full) rather than a grey box repeating the category.
 */
function textClass(variant: Variant, hasCover: boolean): string {
  if (variant === 'tile') return hasCover ? '' : 'border-t-4 border-brand pt-3';
  if (hasCover) return variant === 'lead' ? 'md:col-span-2' : '';
  return variant === 'lead' ? 'col-span-full max-w-3xl' : 'col-span-full';
}

/** A lead story's sa-pô is large; a text-first tile has room for more of it. */
function leadClass(variant: Variant, hasCover: boolean): string {
  if (variant === 'lead') return 'text-lg';
  return variant === 'tile' && !hasCover ? 'line-clamp-6' : 'line-clamp-3';
}

/**
 * One article in a list. The title is the link; the picture repeats the
 * link target, so it stays out of the tab order and of screen readers.
 */
export function ArticleCard({
  article,
  heading: Heading,
  variant = 'tile',
  showLead = true,
  showCategory = false,
  withImage = true,
}: Props) {
  const href = `/tin-tuc/${article.slug}`;
  const cover = withImage ? article.cover : null;
  return (
    <article className={rootClass[variant]}>
      {cover ? (
        <Link
          href={href}
          tabIndex={-1}
          aria-hidden="true"
          className={variant === 'lead' ? 'md:col-span-3' : ''}
        >
          <MediaImage
            media={{ ...cover, alt: '' }}
            eager={variant === 'lead'}
            className="aspect-video rounded"
          />
        </Link>
      ) : null}
      <div className={textClass(variant, Boolean(cover))}>
        {showCategory ? (
          <p className="mb-1 text-xs font-semibold tracking-wide text-brand uppercase">
            {article.category.name}
          </p>
        ) : null}
        <Heading
          className={`${variant === 'lead' ? 'text-2xl sm:text-3xl' : 'text-lg'} leading-snug font-bold`}
        >
          <Link href={href} className="text-slate-900 hover:text-link hover:underline">
            {article.title}
          </Link>
        </Heading>
        <p className="mt-1 text-sm text-slate-600">
          <DateText value={article.publishedAt} />
        </p>
        {showLead ? (
          <p className={`mt-2 text-slate-700 ${leadClass(variant, Boolean(cover))}`}>
            {article.lead}
          </p>
        ) : null}
      </div>
    </article>
  );
}
