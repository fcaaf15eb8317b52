import 'server-only';
import { ValidationError } from '../core/errors';
import { DocxUnreadableError, docxToDraftText } from './docx-text';

/** Largest .docx read (the Server Action body limit is 6 MB). */
export const MAX_DOCX_BYTES = 5 * 2 ** 20;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * The draft text a form sent: the .docx's text when a file was chosen (it
 * replaces what was pasted), else the pasted text. The file is read in
 * memory and never stored; a file that is not a readable .docx (a .doc, a
 * renamed PDF, too large) is a field error on `docx`.
 */
export async function draftTextFrom(pasted: string, file: unknown): Promise<string> {
  if (!(file instanceof Blob) || file.size === 0) return pasted;
  const refuse = (message: string) => new ValidationError({ docx: [message] }, message);
  if (file.size > MAX_DOCX_BYTES) throw refuse('Tệp .docx lớn hơn 5 MB.');
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    throw refuse(
      'Tệp không phải .docx (Word 2007 trở lên). Hãy lưu lại dưới dạng .docx hoặc dán toàn văn.',
    );
  }
  try {
    return await docxToDraftText(bytes);
  } catch (error) {
    if (error instanceof DocxUnreadableError) {
      throw refuse('Không đọc được tệp .docx này. Hãy kiểm tra tệp hoặc dán toàn văn.');
    }
    throw error;
  }
}
