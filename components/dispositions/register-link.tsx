/** On a consultation's page once its register is published: where each comment got its answer. */
export function RegisterLink({ slug, count }: { slug: string; count: number }) {
  return (
    <section
      aria-labelledby="tiep-thu-giai-trinh"
      className="mt-8 rounded border border-slate-300 p-4"
    >
      <h2 id="tiep-thu-giai-trinh" className="text-xl font-bold">
        Tiếp thu, giải trình ý kiến
      </h2>
      <p className="mt-2">
        Cơ quan soạn thảo đã công bố kết quả xử lý {count} ý kiến hoặc nhóm ý kiến góp ý.{' '}
        <a href={`/du-thao/${slug}/tiep-thu-giai-trinh`} className="text-blue-800 underline">
          Xem bảng tiếp thu, giải trình
        </a>
      </p>
    </section>
  );
}
