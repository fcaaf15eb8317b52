import type { RegisterRow } from '@/lib/dispositions/public';

function Next({ row }: { row: RegisterRow }) {
  if (!row.next) return null;
  return (
    <p className="mt-2 text-sm">
      Ở dự thảo tiếp theo:{' '}
      {'href' in row.next ? (
        <a href={row.next.href} className="text-blue-800 underline">
          {row.next.label}
        </a>
      ) : (
        row.next.note
      )}
    </p>
  );
}

/**
 * The published register on a phone as on a desktop: one card per comment
 * (or group) with its number, provision, text, sender, the outcome in words
 * and the ministry's response. The printable table is a page of its own.
 */
export function RegisterList({ rows }: { rows: RegisterRow[] }) {
  if (rows.length === 0) return <p>Không có ý kiến góp ý nào được đăng.</p>;
  return (
    <ol className="space-y-4">
      {rows.map((row) => (
        <li
          key={row.feedbackId}
          id={`y-kien-${row.number}`}
          className="scroll-mt-4 rounded border border-slate-300 p-4 target:bg-amber-50"
        >
          <h3 className="font-bold">
            {row.number}. {row.provision}{' '}
            <span className="text-sm font-normal text-slate-700">
              (góp ý trên dự thảo lần {row.versionNumber})
            </span>
          </h3>
          <p className="mt-1 text-sm text-slate-700">{row.commenter}</p>
          <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 whitespace-pre-line break-words">
            {row.body}
          </blockquote>
          <p className="mt-3">
            <span className="inline-block rounded bg-slate-800 px-2 py-0.5 text-sm text-white">
              {row.outcome}
            </span>
            {row.duplicateOf ? (
              <>
                {' '}
                với{' '}
                <a href={`#y-kien-${row.duplicateOf}`} className="text-blue-800 underline">
                  ý kiến số {row.duplicateOf}
                </a>
              </>
            ) : null}
          </p>
          {row.response ? (
            <p className="mt-2 whitespace-pre-line break-words">{row.response}</p>
          ) : null}
          <Next row={row} />
        </li>
      ))}
    </ol>
  );
}
