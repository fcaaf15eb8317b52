import type { TextState } from '@/lib/text/markdown-edit';

/**
 * Puts a new text and selection into a textarea as typing would, so the
 * browser's undo (Ctrl+Z) takes the change back: only the part that differs
 * is replaced, through the editing command when the browser has it. Either
 * way an `input` event tells React the value changed.
 */
export function applyToTextarea(textarea: HTMLTextAreaElement, next: TextState): void {
  const old = textarea.value;
  let head = 0;
  while (head < old.length && head < next.value.length && old[head] === next.value[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.value.length - head &&
    old[old.length - 1 - tail] === next.value[next.value.length - 1 - tail]
  ) {
    tail++;
  }
  const inserted = next.value.slice(head, next.value.length - tail);
  textarea.focus();
  textarea.setSelectionRange(head, old.length - tail);
  // execCommand is deprecated but still the only way to keep the undo stack.
  const done = inserted !== '' && document.execCommand('insertText', false, inserted);
  if (!done) {
    textarea.setRangeText(inserted, head, old.length - tail, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  textarea.setSelectionRange(next.start, next.end);
}

/** The textarea's text and selection. */
export function textState(textarea: HTMLTextAreaElement): TextState {
  return { value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd };
}
