import type { DossierEntry } from '@/lib/consultations/dossier-queries';

/**
 * The dossier's files, each a download link whose text says what it is,
 * its format and size (so a reader on a metered phone knows before tapping).
 */
export function DossierList({ files, headingId }: { files: DossierEntry[]; headingId: string }) {
  return (
    <section aria-labelledby={headingId} className="mt-8">
      <h2 id={headingId} className="text-xl font-bold">
        Hồ sơ dự thảo
      </h2>
      <ul className="mt-3 space-y-2">
        {files.map((f) => (
          <li key={f.id} className="rounded border border-slate-200 p-3">
            <p className="text-sm text-slate-700">{f.kindLabel}</p>
            <a href={f.href} download className="font-medium break-words text-blue-800 underline">
              {f.title}
            </a>{' '}
            <span className="text-sm text-slate-700">
              ({f.format}, {f.size})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
