import type { EditorActions } from '@/components/workflow/editor-types';
import { autosaveAction, pasteHtmlAction, uploadInlineImageAction } from './editor-actions';

/** The editor's Server Actions, as every page with an article form passes them. */
export const EDITOR_ACTIONS: EditorActions = {
  autosave: autosaveAction,
  pasteHtml: pasteHtmlAction,
  uploadInlineImage: uploadInlineImageAction,
};
