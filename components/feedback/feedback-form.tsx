import { buttonClass } from '@/components/ui/form/button-class';
import { controlClass, Field } from '@/components/ui/form/field';
import { consentText } from '@/lib/feedback/consent';
import { MAX_BODY, MAX_NAME } from '@/lib/feedback/schema';
import { bodyHint, FEEDBACK_LABELS as L, feedbackAction } from './labels';

/**
 * "Gửi ý kiến": a plain POST form that works with no JavaScript on the
 * cached plain-HTML page. It posts to its own route, so the reading page
 * stays cached and never depends on the person's session. The honeypot
 * field is off-screen and out of the tab order; people never fill it.
 */
export function FeedbackForm({ slug, retentionDays }: { slug: string; retentionDays: number }) {
  return (
    <form
      method="post"
      action={feedbackAction(slug)}
      className="mt-6 space-y-4 rounded border border-slate-300 p-4"
      aria-labelledby="gui-y-kien"
    >
      <h3 id="gui-y-kien" className="text-xl font-bold text-slate-900">
        {L.form}
      </h3>
      <Field label={L.name} name="name" required>
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
      <label className="flex items-start gap-2">
        <input type="checkbox" name="anonymous" className="mt-1 size-5" />
        <span>{L.anonymous}</span>
      </label>
      <Field label={L.email} name="email" hint={L.emailHint} required>
        {(c) => <input {...c} type="email" autoComplete="email" className={controlClass} />}
      </Field>
      <fieldset className="space-y-1">
        <legend className="font-semibold text-slate-900">{L.kind}</legend>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="gop-y" defaultChecked className="size-5" />
            {L.suggestion}
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="kind" value="cau-hoi" className="size-5" />
            {L.question}
          </label>
        </div>
      </fieldset>
      <Field label={L.body} name="body" hint={bodyHint(MAX_BODY)} required>
        {(c) => (
          <>
            <textarea {...c} rows={6} maxLength={MAX_BODY} className={controlClass} />
            {/* Filled by public/article-tools.js as the person types. */}
            <p id={`${c.id}-count`} className="text-sm text-slate-600" />
          </>
        )}
      </Field>
      <div className="absolute -left-[9999px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="f-website">{L.honeypot}</label>
        <input id="f-website" type="text" name="website" tabIndex={-1} autoComplete="off" />
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
