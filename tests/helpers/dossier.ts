import { storedZip } from './minimal-docx';

/** A small well-formed PDF (header, one object, trailer): enough for the byte checks. */
export function minimalPdf(extra = ''): Buffer {
  return Buffer.from(
    `%PDF-1.7\n1 0 obj\n<< /Type /Catalog ${extra}>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** A .docx as Word writes one: its content types and its document part. */
export function minimalDocxFile(extraEntries: [string, string][] = []): Buffer {
  return storedZip([
    ['[Content_Types].xml', '<Types/>'],
    ['word/document.xml', '<w:document/>'],
    ...extraEntries,
  ]);
}

/** What a browser sends for a chosen file. */
export function upload(bytes: Buffer, name: string, type = 'application/pdf'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}
