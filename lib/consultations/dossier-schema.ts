import { z } from 'zod';
import { DOSSIER_KINDS } from './dossier-kinds';

/** Largest dossier file taken (the Server Action body limit is 6 MB). */
export const MAX_DOSSIER_BYTES = 5 * 2 ** 20;

/** Form field names, shared by the form and the error messages. */
export const DOSSIER_FIELDS = { file: 'dossierFile', kind: 'kind', title: 'title' } as const;

/** What staff type next to the file: its kind and the title readers see. */
export const dossierMetaSchema = z.object({
  kind: z.enum(DOSSIER_KINDS, { message: 'Hãy chọn loại tài liệu.' }),
  title: z
    .string()
    .normalize('NFC')
    .trim()
    .min(1, 'Hãy nhập tên tài liệu (ví dụ: Tờ trình dự thảo Nghị định).')
    .max(300, 'Tên tài liệu dài tối đa 300 ký tự.'),
});

/** As a form sends it; dossierMetaSchema checks it. */
export type DossierMeta = { kind: string; title: string };
