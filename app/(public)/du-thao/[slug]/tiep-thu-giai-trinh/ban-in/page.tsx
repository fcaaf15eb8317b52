import type { Metadata } from 'next';
import { RegisterTable } from '@/components/dispositions/register-table';
import { NotFoundResponse } from '@/components/layout/not-found-response';
import { getPublicRegister } from '@/lib/dispositions/public';
import { formatDate } from '@/lib/text/date';

// The printable register: the official table, nothing else to print but
// the site's own header (hidden in print by the global print rules).
export const revalidate = 3600;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const register = await getPublicRegister(slug);
  if (!register) return { title: 'Không tìm thấy trang', robots: { index: false } };
  return {
    title: `Bảng tổng hợp, tiếp thu, giải trình: ${register.title}`,
    robots: { index: false },
  };
}

export default async function PrintableRegisterPage({ params }: Props) {
  const { slug } = await params;
  const register = await getPublicRegister(slug);
  if (!register) return <NotFoundResponse />;
  return (
    <article aria-labelledby="bang-tong-hop" className="space-y-4 print:text-black">
      <header className="text-center">
        <p className="font-semibold uppercase">{register.draftingUnit}</p>
        <h1 id="bang-tong-hop" className="mt-2 text-xl font-bold uppercase">
          Bảng tổng hợp, tiếp thu, giải trình ý kiến góp ý
        </h1>
        <p className="mt-1">đối với {register.title}</p>
        <p className="mt-1 text-sm">(Công bố ngày {formatDate(register.publishedAt)})</p>
      </header>
      <p className="print-hidden">
        <a href={`/du-thao/${slug}/tiep-thu-giai-trinh`} className="text-blue-800 underline">
          Quay lại trang tiếp thu, giải trình
        </a>
      </p>
      <div className="overflow-x-auto">
        <RegisterTable register={register} />
      </div>
    </article>
  );
}
