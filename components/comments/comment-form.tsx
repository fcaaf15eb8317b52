import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass, Field } from '@/components/ui/form/field';
import { COMMENTER_TYPE_VALUES, STANCE_VALUES } from '@/lib/comments/labels';
import { COMMENTER_TYPE_LABELS, STANCE_LABELS } from '@/lib/comments/labels';
import { consentText } from '@/lib/feedback/consent';
import { MAX_BODY, MAX_NAME } from '@/lib/feedback/schema';
import { bodyHint } from '@/components/feedback/labels';
import { commentAction, COMMENT_LABELS as L } from './labels';

export type UnitChoice = { anchor: string; citation: string };

function Radios<V extends string>({
  legend,
  name,
  options,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [V, string])[];
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold text-slate-900">
        {legend} <span className="text-red-800">(bắt buộc)</span>
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name={name} value={value} required className="size-5" />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const stances = Object.entries(STANCE_VALUES).map(([v, s]) => [v, STANCE_LABELS[s]] as const);
const types = Object.entries(COMMENTER_TYPE_VALUES).map(
  ([v, t]) => [v, COMMENTER_TYPE_LABELS[t]] as const,
);

/**
 * "Gửi góp ý": a plain POST form (no JavaScript needed) on the cached page,
 * posting to its own route. The unit is chosen from a list of the draft's
 * units (each unit's "Góp ý" link lands here); the version read is sent
 * along so a comment is never put on a unit of a newer text unseen.
 */
export function CommentForm({
  slug,
  versionNumber,
  units,
  retentionDays,
}: {
  slug: string;
  versionNumber: number;
  units: UnitChoice[];
  retentionDays: number;
}) {
  return (
    <form
      method="post"
      action={commentAction(slug)}
      className="mt-4 space-y-4 rounded border border-slate-300 p-4"
      aria-labelledby="gui-gop-y"
    >
      <h3 id="gui-gop-y" className="text-xl font-bold text-slate-900">
        {L.form}
      </h3>
      <input type="hidden" name="versionNumber" value={versionNumber} />
      <Field label={L.unit} name="unit">
        {(c) => (
          <select {...c} className={controlClass} defaultValue="">
            <option value="">{L.wholeDraft}</option>
            {units.map((u) => (
              <option key={u.anchor} value={u.anchor}>
                {u.citation}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Radios legend={L.stance} name="stance" options={stances} />
      <Radios legend={L.commenterType} name="commenterType" options={types} />
      <Field label={L.name} name="name" hint={L.nameHint} required>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="name"
            maxLength={MAX_NAME}
            className={controlClass}
          />
        )}
      </Field>
      <Field label={L.email} name="email" hint={L.emailHint} required>
        {(c) => <input {...c} type="email" autoComplete="email" className={controlClass} />}
      </Field>
      <Field label={L.body} name="body" hint={bodyHint(MAX_BODY)} required>
        {(c) => <textarea {...c} rows={6} maxLength={MAX_BODY} className={controlClass} />}
      </Field>
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="g-website">{L.honeypot}</label>
        <input id="g-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="consent" required className="mt-1 size-5 shrink-0" />
        <span>
          <strong>{L.consent}.</strong> {consentText(retentionDays)}
        </span>
      </label>
      <button type="submit" className={buttonClass('primary')}>
        {L.submit}
      </button>
    </form>
  );
}
