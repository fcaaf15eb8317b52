import { DiffSegmentMark } from '@/components/ui/diff-segment';
import type { FieldDiff } from '@/lib/articles/diff';
import type { ItemChange, PlanDiff } from '@/lib/plans/diff';

function Text({ diff }: { diff: FieldDiff }) {
  return (
    <span className="whitespace-pre-wrap break-words">
      {diff.segments.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their place
        <DiffSegmentMark key={i} segment={s} />
      ))}
    </span>
  );
}

const CHANGE: Record<ItemChange['change'], string> = {
  added: 'Mục mới',
  removed: 'Bỏ mục',
  changed: 'Sửa',
  same: 'Không đổi',
};

/** What a plan revision changes, field by field and item by item, word by word. */
export function PlanDiffView({ diff, heading }: { diff: PlanDiff; heading: string }) {
  return (
    <section
      aria-labelledby="so-sanh"
      className="space-y-3 rounded border border-slate-300 bg-white p-4"
    >
      <h2 id="so-sanh" className="text-lg font-bold">
        {heading}
      </h2>
      <p className="text-sm text-slate-700">
        {diff.hasBase
          ? 'Phần thêm được gạch chân trên nền xanh, phần bỏ được gạch ngang trên nền đỏ.'
          : 'Chưa có bản nào trước đó: toàn bộ nội dung là mới.'}
      </p>
      <dl className="space-y-3">
        {diff.fields.map((f) => (
          <div key={f.key}>
            <dt className="font-semibold">
              {f.label}{' '}
              <span className="text-sm font-normal text-slate-600">
                {f.diff.changed ? '(có thay đổi)' : '(không đổi)'}
              </span>
            </dt>
            <dd className="rounded border border-slate-200 bg-slate-50 p-2">
              <Text diff={f.diff} />
            </dd>
          </div>
        ))}
      </dl>
      {diff.sections
        .filter((s) => s.items.length > 0)
        .map((s) => (
          <div key={s.kind}>
            <h3 className="font-semibold">{s.label}</h3>
            <ul className="mt-1 space-y-1">
              {s.items.map((item) => (
                <li key={item.key} className="rounded border border-slate-200 bg-slate-50 p-2">
                  <span className="mr-2 text-sm font-semibold text-slate-700">
                    {CHANGE[item.change]}:
                  </span>
                  <Text diff={item.diff} />
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
