/**
 * A reader's text as they typed it: always plain text (React escapes it, so
 * markup shows as characters and nothing in it runs), line breaks kept,
 * long words and addresses wrapped, and no link made clickable, so a
 * moderator is never one click from what a spammer planted.
 */
export function CitizenText({ text, truncated = false }: { text: string; truncated?: boolean }) {
  return (
    <p className="break-words whitespace-pre-wrap [overflow-wrap:anywhere]">
      {text}
      {truncated ? '…' : null}
    </p>
  );
}
