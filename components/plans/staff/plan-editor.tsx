'use client';

import { useActionState, useState } from 'react';
import { buttonClass } from '@/components/ui/form/button-class';
import { FormStatus } from '@/components/ui/form/form-status';
import { SubmitButton } from '@/components/ui/form/submit-button';
import { TextAreaField, TextField } from '@/components/ui/form/text-field';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';
import type { PlanItemKind } from '@/lib/generated/prisma/enums';
import { itemField } from '@/lib/plans/content';
import { newKey, type Row } from './plan-rows';

type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

type Props = {
  action: FormAction;
  hidden: Record<string, string>;
  /** Form field name -> starting value (formValuesOf). */
  initial: Record<string, string>;
  rows: Row[];
  /** Only a new plan asks for its year; a plan's year is its address. */
  askYear: boolean;
  canSubmit: boolean;
};

const LISTS: { kind: PlanItemKind; label: string; one: string }[] = [
  { kind: 'PURPOSE', label: 'Mục đích', one: 'Mục đích' },
  { kind: 'PRINCIPLE', label: 'Nguyên tắc', one: 'Nguyên tắc' },
  { kind: 'AUDIENCE', label: 'Đối tượng truyền thông', one: 'Đối tượng' },
];
const CHANNELS = { kind: 'CHANNEL' as const, label: 'Kênh truyền thông', one: 'Kênh' };

const DAY_HINT = 'Ngày theo giờ Việt Nam, dạng ngày/tháng/năm, ví dụ 30/06/2024.';

/**
 * A plan's content: its fields, then each part as a list of items that can
 * be added and removed, and under each key solution its planned activities
 * (target day, responsible unit). "Lưu nháp" and, when allowed, "Gửi duyệt".
 * A refusal keeps what was typed, rows added included.
 */
export function PlanEditor(props: Props) {
  const [state, formAction] = useActionState<ActionState, FormData>(
    props.action,
    initialActionState,
  );
  const [rows, setRows] = useState<Row[]>(props.rows);
  const v = (name: string) => state.values?.[name] ?? props.initial[name] ?? '';
  const err = (name: string) => state.fieldErrors?.[name];
  const add = (row: Omit<Row, 'key'>) => setRows((list) => [...list, { ...row, key: newKey() }]);
  const remove = (key: string) =>
    setRows((list) => list.filter((r) => r.key !== key && r.parentKey !== key));
  const item = { v, err, remove };
  const solutions = rows.filter((r) => r.kind === 'SOLUTION');
  return (
    <form action={formAction} className="space-y-6">
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="order" value={rows.map((r) => r.key).join(',')} />
      <FormStatus state={state} />
      {props.askYear ? (
        <TextField
          name="year"
          label="Năm của kế hoạch"
          required
          inputMode="numeric"
          maxLength={4}
          defaultValue={v('year')}
          error={err('year')}
        />
      ) : null}
      <TextField
        name="title"
        label="Tên kế hoạch"
        required
        maxLength={300}
        defaultValue={v('title')}
        error={err('title')}
      />
      <TextField
        name="decisionRef"
        label="Văn bản ban hành"
        hint="Ví dụ: Quyết định số 123/QĐ-BKHĐT ngày 15/01/2024."
        defaultValue={v('decisionRef')}
        error={err('decisionRef')}
      />
      <TextAreaField
        name="basis"
        label="Căn cứ"
        rows={2}
        defaultValue={v('basis')}
        error={err('basis')}
      />
      <TextAreaField
        name="summary"
        label="Tóm tắt"
        rows={3}
        defaultValue={v('summary')}
        error={err('summary')}
      />
      {err('items') ? (
        <p className="font-semibold text-red-800">{err('items')?.join(' ')}</p>
      ) : null}
      {LISTS.map((list) => (
        <ItemList
          key={list.kind}
          {...list}
          rows={rows}
          item={item}
          onAdd={() => add({ kind: list.kind, parentKey: null })}
        />
      ))}
      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-bold">Giải pháp trọng tâm và hoạt động</legend>
        {solutions.map((s, i) => (
          <SolutionRows
            key={s.key}
            row={s}
            index={i + 1}
            rows={rows}
            item={item}
            onAddActivity={() => add({ kind: 'ACTIVITY', parentKey: s.key })}
          />
        ))}
        <button
          type="button"
          className={buttonClass('secondary')}
          onClick={() => add({ kind: 'SOLUTION', parentKey: null })}
        >
          Thêm giải pháp
        </button>
      </fieldset>
      <ItemList
        {...CHANNELS}
        rows={rows}
        item={item}
        onAdd={() => add({ kind: 'CHANNEL', parentKey: null })}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="save" variant="secondary">
          Lưu nháp
        </SubmitButton>
        {props.canSubmit ? (
          <SubmitButton name="intent" value="submit">
            Gửi duyệt
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}

type ItemKit = {
  v: (name: string) => string;
  err: (name: string) => string[] | undefined;
  remove: (key: string) => void;
};

function Hidden({ row }: { row: Row }) {
  return (
    <>
      <input type="hidden" name={itemField(row.key, 'kind')} value={row.kind} />
      {row.parentKey ? (
        <input type="hidden" name={itemField(row.key, 'parent')} value={row.parentKey} />
      ) : null}
    </>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="text-sm text-red-800 underline focus-visible:outline-3 focus-visible:outline-amber-500"
    >
      Bỏ {label.toLowerCase()}
    </button>
  );
}

function ItemList(props: {
  kind: PlanItemKind;
  label: string;
  one: string;
  rows: Row[];
  item: ItemKit;
  onAdd: () => void;
}) {
  const { kind, label, one, item } = props;
  const mine = props.rows.filter((r) => r.kind === kind);
  return (
    <fieldset className="space-y-3 rounded border border-slate-300 p-4">
      <legend className="px-1 text-lg font-bold">{label}</legend>
      {mine.map((row, i) => (
        <div key={row.key} className="space-y-2 border-l-4 border-slate-200 pl-3">
          <Hidden row={row} />
          <TextField
            name={itemField(row.key, 'title')}
            label={`${one} ${i + 1}`}
            required
            maxLength={500}
            defaultValue={item.v(itemField(row.key, 'title'))}
            error={item.err(itemField(row.key, 'title'))}
          />
          <TextAreaField
            name={itemField(row.key, 'body')}
            label={`Diễn giải ${one.toLowerCase()} ${i + 1}`}
            rows={2}
            defaultValue={item.v(itemField(row.key, 'body'))}
            error={item.err(itemField(row.key, 'body'))}
          />
          <RemoveButton label={`${one} ${i + 1}`} onClick={() => item.remove(row.key)} />
        </div>
      ))}
      <button type="button" className={buttonClass('secondary')} onClick={props.onAdd}>
        Thêm {one.toLowerCase()}
      </button>
    </fieldset>
  );
}

function SolutionRows(props: {
  row: Row;
  index: number;
  rows: Row[];
  item: ItemKit;
  onAddActivity: () => void;
}) {
  const { row, index, item } = props;
  const f = (key: string, field: string) => ({
    name: itemField(key, field),
    defaultValue: item.v(itemField(key, field)),
    error: item.err(itemField(key, field)),
  });
  const activities = props.rows.filter((r) => r.kind === 'ACTIVITY' && r.parentKey === row.key);
  return (
    <div className="space-y-3 rounded border border-slate-200 p-3">
      <Hidden row={row} />
      <TextField {...f(row.key, 'title')} label={`Giải pháp ${index}`} required maxLength={500} />
      <TextAreaField {...f(row.key, 'body')} label={`Diễn giải giải pháp ${index}`} rows={2} />
      {activities.map((a, j) => {
        const name = `hoạt động ${j + 1} của giải pháp ${index}`;
        return (
          <div key={a.key} className="space-y-2 border-l-4 border-blue-200 pl-3">
            <Hidden row={a} />
            <TextField
              {...f(a.key, 'title')}
              label={`Hoạt động ${j + 1} của giải pháp ${index}`}
              required
              maxLength={500}
            />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                {...f(a.key, 'targetDate')}
                label={`Thời hạn ${name}`}
                hint={DAY_HINT}
                inputMode="numeric"
              />
              <TextField {...f(a.key, 'unit')} label={`Đơn vị thực hiện ${name}`} maxLength={300} />
            </div>
            {item.err(itemField(a.key, 'parent')) ? (
              <p className="text-red-800">{item.err(itemField(a.key, 'parent'))?.join(' ')}</p>
            ) : null}
            <RemoveButton label={`Hoạt động ${j + 1}`} onClick={() => item.remove(a.key)} />
          </div>
        );
      })}
      <div className="flex flex-wrap gap-4">
        <button type="button" className={buttonClass('secondary')} onClick={props.onAddActivity}>
          Thêm hoạt động cho giải pháp {index}
        </button>
        <RemoveButton label={`Giải pháp ${index}`} onClick={() => item.remove(row.key)} />
      </div>
    </div>
  );
}
