import type { Metadata } from 'next';
import { RedraftView } from '@/components/consultations/redraft-view';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getRedraft } from '@/lib/consultations/redraft-queries';
import { publicPageMetadata } from '@/lib/site/metadata';

// Cached whole (ISR), expired by the consultation's tag when a version is
// approved; only two published versions are ever compared (anything else,
// a draft's number included, is the cached 404). Plain HTML, no client code.
export const revalidate = 3600;

export function generateStaticParams(): { slug: string; cap: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string; cap: string }> };

/** "1-2" as two version numbers, the earlier first; anything else, null. */
function pairOf(cap: string): [number, number] | null {
  const m = /^([1-9][0-9]{0,3})-([1-9][0-9]{0,3})$/.exec(cap);
  if (!m) return null;
  const [from, to] = [Number(m[1]), Number(m[2])];
  return from < to ? [from, to] : null;
}

async function load({ params }: Props) {
  const { slug, cap } = await params;
  const pair = pairOf(cap);
  return pair ? getRedraft(slug, pair[0], pair[1]) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const redraft = await load(props);
  if (!redraft) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const title = `So sánh dự thảo lần ${redraft.from.number} và lần ${redraft.to.number}: ${redraft.title}`;
  return {
    title,
    ...publicPageMetadata({
      path: `/du-thao/${redraft.slug}/so-sanh/${redraft.from.number}-${redraft.to.number}`,
      title,
      description: `Những điều đã sửa đổi, bổ sung, bãi bỏ giữa hai lần dự thảo.`,
    }),
  };
}

export default async function RedraftPage(props: Props) {
  const redraft = await load(props);
  if (!redraft) return <NotFoundResponse />;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb
        trail={[
          { href: '/', label: 'Trang chủ' },
          { href: '/du-thao', label: 'Lấy ý kiến dự thảo' },
          { href: `/du-thao/${redraft.slug}`, label: redraft.title },
        ]}
      />
      <div className="mt-4">
        <RedraftView redraft={redraft} />
      </div>
    </div>
  );
}
