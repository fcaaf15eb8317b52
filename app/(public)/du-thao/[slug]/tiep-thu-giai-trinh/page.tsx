import type { Metadata } from 'next';
import { RegisterList } from '@/components/dispositions/register-list';
import { Breadcrumb } from '@/components/layout/breadcrumb';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getPublicRegister } from '@/lib/dispositions/public';
import { publicPageMetadata } from '@/lib/site/metadata';
import { formatDate } from '@/lib/text/date';

// Cached whole (ISR) and plain HTML, expired by the consultation's tag when
// the register is published; before that (or for no such draft) the cached 404.
export const revalidate = 3600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const register = await getPublicRegister(slug);
  if (!register) return { title: 'Không tìm thấy trang', robots: { index: false } };
  const title = `Tiếp thu, giải trình ý kiến: ${register.title}`;
  return {
    title,
    ...publicPageMetadata({
      path: `/du-thao/${slug}/tiep-thu-giai-trinh`,
      title,
      description: `Bảng tổng hợp, tiếp thu, giải trình ${register.rows.length} ý kiến góp ý.`,
    }),
  };
}

export default async function RegisterPage({ params }: Props) {
  const { slug } = await params;
  const register = await getPublicRegister(slug);
  if (!register) return <NotFoundResponse />;
  const base = `/du-thao/${slug}/tiep-thu-giai-trinh`;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb
        trail={[
          { href: '/', label: 'Trang chủ' },
          { href: '/du-thao', label: 'Lấy ý kiến dự thảo' },
          { href: `/du-thao/${slug}`, label: register.title },
        ]}
      />
      <article aria-labelledby="tiep-thu-tieu-de" className="mt-4 space-y-4">
        <h1
          id="tiep-thu-tieu-de"
          className="text-2xl leading-tight font-bold text-brand sm:text-3xl"
        >
          Tiếp thu, giải trình ý kiến góp ý
        </h1>
        <p className="text-lg">
          <a href={`/du-thao/${slug}`} className="text-blue-800 underline">
            {register.title}
          </a>
        </p>
        <p className="text-slate-700">
          {register.draftingUnit} công bố ngày {formatDate(register.publishedAt)}:{' '}
          {register.rows.length} ý kiến hoặc nhóm ý kiến.
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={`${base}/ban-in`} className="text-blue-800 underline">
              Bản in (bảng tổng hợp)
            </a>
          </li>
          <li>
            <a href={`${base}/bang-tong-hop.csv`} className="text-blue-800 underline" download>
              Tải về CSV
            </a>
          </li>
        </ul>
        <section aria-labelledby="danh-sach-y-kien">
          <h2 id="danh-sach-y-kien" className="mb-3 text-xl font-bold">
            Các ý kiến và kết quả xử lý
          </h2>
          <RegisterList rows={register.rows} />
        </section>
      </article>
    </div>
  );
}
