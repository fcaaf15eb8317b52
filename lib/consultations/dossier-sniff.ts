/**
 * Recognises the two formats a dossier accepts, PDF and .docx, by their
 * bytes; the file name and the browser's MIME type are whatever the uploader
 * says, so neither is looked at. Pure: no I/O.
 *
 * Unlike an image, a document cannot be re-encoded into something inert, so
 * it is refused when it carries what would act on a reader's machine: a PDF
 * with scripts or launch actions, a Word file with macros (.docm renamed).
 * The check reads the raw bytes: a script inside a compressed object stream
 * is not seen (the download is served as an attachment, sandboxed, nosniff).
 */
export type DossierFormat = {
  mimeType:
    | 'application/pdf'
    | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  ext: 'pdf' | 'docx';
  label: 'PDF' | 'DOCX';
};

export type SniffResult = { ok: true; format: DossierFormat } | { ok: false; message: string };

const PDF: DossierFormat = { mimeType: 'application/pdf', ext: 'pdf', label: 'PDF' };
const DOCX: DossierFormat = {
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ext: 'docx',
  label: 'DOCX',
};

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

const NOT_ACCEPTED =
  'Tệp không phải PDF hay .docx (đã kiểm tra nội dung tệp). Hãy lưu tài liệu dưới dạng PDF hoặc .docx rồi tải lên.';

function pdf(bytes: Uint8Array): SniffResult {
  // The header may follow a little junk (the spec allows up to 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) return { ok: false, message: NOT_ACCEPTED };
  if (!contains(bytes.subarray(Math.max(0, bytes.length - 2048)), '%%EOF')) {
    return { ok: false, message: 'Tệp PDF bị cắt cụt hoặc hỏng (thiếu phần kết thúc tệp).' };
  }
  if (contains(bytes, '/JavaScript') || contains(bytes, '/Launch')) {
    return {
      ok: false,
      message:
        'Tệp PDF có chứa mã lệnh (JavaScript hoặc lệnh mở chương trình). Hãy xuất lại PDF không kèm mã lệnh.',
    };
  }
  return { ok: true, format: PDF };
}

function docx(bytes: Uint8Array): SniffResult {
  // Entry names are stored uncompressed in a zip's headers.
  if (!contains(bytes, 'word/document.xml') || !contains(bytes, '[Content_Types].xml')) {
    return { ok: false, message: NOT_ACCEPTED };
  }
  if (contains(bytes, 'vbaProject.bin')) {
    return {
      ok: false,
      message: 'Tệp Word có chứa macro. Hãy lưu lại dưới dạng .docx (không có macro) hoặc PDF.',
    };
  }
  return { ok: true, format: DOCX };
}

/** The file's format, or why it is refused (in Vietnamese, for the form). */
export function sniffDossierFile(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, ZIP_MAGIC)) return docx(bytes);
  if (startsWith(bytes, OLE_MAGIC)) {
    return {
      ok: false,
      message: 'Tệp Word cũ (.doc) không được nhận. Hãy lưu lại dưới dạng .docx hoặc PDF.',
    };
  }
  return pdf(bytes);
}

/**
 * The name a download is saved under: the uploader's name without any
 * folder, control or path characters, NFC, at most 120 characters, with the
 * extension of the format found in the bytes (a .exe renamed .pdf is saved
 * as .pdf only if its bytes are a PDF, which they are not).
 */
export function cleanFileName(name: string, format: DossierFormat, fallback: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || fallback}.${format.ext}`;
}
