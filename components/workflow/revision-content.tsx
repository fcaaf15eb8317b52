import { renderBody } from '@/lib/articles/render';
import type { StaffRevision } from '@/lib/articles/staff-queries';

/** The revision read-only (when this person may not edit it), rendered as readers would see it. */
export function RevisionContent({ revision }: { revision: StaffRevision }) {
  return (
    <section
      aria-labelledby="noi-dung-bai"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="noi-dung-bai" className="text-lg font-bold">
        Nội dung
      </h2>
      <p className="font-semibold whitespace-pre-line">{revision.lead}</p>
      <div
        className="article-body max-w-none"
        // renderBody sanitises through an allow-list: no script survives.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised HTML
        dangerouslySetInnerHTML={{ __html: renderBody(revision.body) }}
      />
      {revision.source ? <p className="text-sm text-slate-600">Nguồn: {revision.source}</p> : null}
    </section>
  );
}
