import { consentText } from '@/lib/feedback/consent';
import { type FeedbackDraft, MAX_BODY, MAX_NAME } from '@/lib/feedback/schema';
import { escapeHtml as e } from './html';
import { bodyHint, FEEDBACK_LABELS as L, feedbackAction } from './labels';

export type FieldErrors = Partial<Record<string, string[]>>;

function errorList(id: string, messages: string[] | undefined): string {
  if (!messages?.length) return '';
  return `<ul id="${id}-error" class="error">${messages.map((m) => `<li>${e(m)}</li>`).join('')}</ul>`;
}

function describedBy(id: string, errors: FieldErrors, key: string, hint = false): string {
  const ids = [hint ? `${id}-hint` : '', errors[key]?.length ? `${id}-error` : ''].filter(Boolean);
  const invalid = errors[key]?.length ? ' aria-invalid="true"' : '';
  return ids.length ? ` aria-describedby="${ids.join(' ')}"${invalid}` : invalid;
}

const checked = (on: boolean) => (on ? ' checked' : '');

/**
 * The same form as components/feedback/feedback-form.tsx, filled with what
 * the person typed and the errors beside each field: the page answering a
 * refused submission, so nothing typed is lost. Every value is escaped.
 */
export function feedbackFormHtml(
  slug: string,
  draft: FeedbackDraft,
  errors: FieldErrors,
  retentionDays: number,
): string {
  const question = draft.kind === 'cau-hoi';
  return `<form method="post" action="${e(feedbackAction(slug))}" aria-labelledby="gui-y-kien">
<h2 id="gui-y-kien">${L.form}</h2>
<p><label for="f-name">${L.name}</label>
<input id="f-name" name="name" type="text" autocomplete="name" required maxlength="${MAX_NAME}" value="${e(draft.name)}"${describedBy('f-name', errors, 'name')}>
${errorList('f-name', errors.name)}</p>
<p class="check"><label><input type="checkbox" name="anonymous"${checked(draft.anonymous)}> ${L.anonymous}</label></p>
<p><label for="f-email">${L.email}</label><span id="f-email-hint" class="hint">${L.emailHint}</span>
<input id="f-email" name="email" type="email" autocomplete="email" required value="${e(draft.email)}"${describedBy('f-email', errors, 'email', true)}>
${errorList('f-email', errors.email)}</p>
<fieldset><legend>${L.kind}</legend>
<label><input type="radio" name="kind" value="gop-y"${checked(!question)}> ${L.suggestion}</label>
<label><input type="radio" name="kind" value="cau-hoi"${checked(question)}> ${L.question}</label>
${errorList('f-kind', errors.kind)}</fieldset>
<p><label for="f-body">${L.body}</label><span id="f-body-hint" class="hint">${e(bodyHint(MAX_BODY))}</span>
<textarea id="f-body" name="body" rows="8" required${describedBy('f-body', errors, 'body', true)}>${e(draft.body)}</textarea>
${errorList('f-body', errors.body)}</p>
<div class="trap" aria-hidden="true"><label for="f-website">${L.honeypot}</label><input id="f-website" type="text" name="website" tabindex="-1" autocomplete="off"></div>
<p class="check"><label><input type="checkbox" name="consent" required${describedBy('f-consent', errors, 'consent')}> <strong>${L.consent}.</strong> ${e(consentText(retentionDays))}</label>
${errorList('f-consent', errors.consent)}</p>
<p><button type="submit">${L.submit}</button></p>
</form>`;
}
