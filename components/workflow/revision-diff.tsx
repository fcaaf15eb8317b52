import { DiffSegmentMark } from '@/components/ui/diff-segment';
import type { FieldDiff, ListDiff, RevisionDiff } from '@/lib/articles/diff';

type TextKey = 'title' | 'lead' | 'category' | 'body';

const FIELDS: { key: TextKey; label: string }[] = [
  { key: 'title', label: 'Tiêu đề' },
  { key: 'lead', label: 'Sa-pô' },
  { key: 'category', label: 'Chuyên mục' },
  { key: 'body', label: 'Nội dung' },
];

/** A field's name, and whether this revision changes it. */
function ChangeTerm({ label, changed }: { label: string; changed: boolean }) {
  return (
    <dt className="font-semibold">
      {label}{' '}
      <span className="text-sm font-normal text-slate-600">
        {changed ? '(có thay đổi)' : '(không đổi)'}
      </span>
    </dt>
  );
}

function FieldChanges({ label, diff }: { label: string; diff: FieldDiff }) {
  return (
    <div className="space-y-1">
      <ChangeTerm label={label} changed={diff.changed} />
      <dd className="rounded border border-slate-200 bg-slate-50 p-3 whitespace-pre-wrap break-words">
        {diff.segments.map((s, i) => (
          // Segments have no identity beyond their position in the diff.
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          <DiffSegmentMark key={i} segment={s} />
        ))}
      </dd>
    </div>
  );
}

const LISTS: { key: 'readMore' | 'planItems'; label: string }[] = [
  { key: 'readMore', label: 'Đọc thêm' },
  { key: 'planItems', label: 'Mục kế hoạch' },
];

/** A link list: what is added and removed, by title; kept entries in plain text. */
function ListChanges({ label, diff }: { label: string; diff: ListDiff }) {
  const empty = diff.added.length + diff.removed.length + diff.kept.length === 0;
  return (
    <div className="space-y-1">
      <ChangeTerm label={label} changed={diff.changed} />
      <dd className="rounded border border-slate-200 bg-slate-50 p-3">
        {empty ? (
          <span className="text-slate-600">Không có.</span>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {diff.added.map((x) => (
              <li key={x.id}>
                <DiffSegmentMark segment={{ type: 'added', text: x.label }} />
              </li>
            ))}
            {diff.removed.map((x) => (
              <li key={x.id}>
                <DiffSegmentMark segment={{ type: 'removed', text: x.label }} />
              </li>
            ))}
            {diff.kept.map((x) => (
              <li key={x.id}>{x.label}</li>
            ))}
          </ul>
        )}
      </dd>
    </div>
  );
}

/**
 * What the revision changes against the live one, word by word. Text is
 * rendered as text (Markdown source, never HTML), so nothing in it runs.
 */
export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <section
      aria-labelledby="so-sanh"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="so-sanh" className="text-lg font-bold">
        So sánh với bản đang xuất bản
      </h2>
      <p className="text-sm text-slate-700">
        {diff.hasLive
          ? 'Phần thêm được gạch chân trên nền xanh, phần bỏ được gạch ngang trên nền đỏ.'
          : 'Bài chưa từng xuất bản: toàn bộ nội dung là mới.'}
      </p>
      <dl className="space-y-4">
        {FIELDS.map((f) => (
          <FieldChanges key={f.key} label={f.label} diff={diff[f.key]} />
        ))}
        {LISTS.map((f) => (
          <ListChanges key={f.key} label={f.label} diff={diff[f.key]} />
        ))}
      </dl>
    </section>
  );
}
