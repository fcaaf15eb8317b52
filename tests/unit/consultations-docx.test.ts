import { describe, expect, it } from 'vitest';
import { DocxUnreadableError, docxToDraftText } from '../../lib/consultations/docx-text';
import { flattenDraft } from '../../lib/consultations/draft-tree';
import { parseDraft } from '../../lib/consultations/parse-draft';
import { minimalDocx, storedZip } from '../helpers/minimal-docx';

// Sample text for the test, not a real draft.
const DOCX = minimalDocx([
  { runs: [{ text: 'NGHỊ ĐỊNH (MẪU)' }] },
  { runs: [{ text: 'Căn cứ Luật Mẫu;\nTheo đề nghị của Bộ trưởng;' }] },
  { runs: [{ text: 'Điều 1. ', bold: true }, { text: 'Phạm vi\tđiều chỉnh' }] },
  { runs: [{ text: 'Nghị định này quy định việc lấy ý kiến.' }] },
  { runs: [{ text: 'Điều 2. ', bold: true }, { text: 'Trách nhiệm' }] },
  { runs: [{ text: 'Cơ quan chủ trì có trách nhiệm:' }], list: 0 },
  { runs: [{ text: 'Tiếp nhận góp ý;' }], list: 1 },
  { runs: [{ text: 'Phân loại góp ý;' }], list: 1 },
  { runs: [{ text: 'Trả lời góp ý;' }], list: 1 },
  { runs: [{ text: 'Gộp góp ý trùng;' }], list: 1 },
  { runs: [{ text: 'Công bố giải trình.' }], list: 1 },
  { runs: [{ text: 'Người góp ý được bảo vệ thông tin cá nhân.' }], list: 0 },
]);

describe('docxToDraftText', () => {
  it("keeps paragraphs and line breaks, and writes Word's numbering as 1. and a) in Vietnamese order", async () => {
    expect(await docxToDraftText(DOCX)).toBe(
      [
        'NGHỊ ĐỊNH (MẪU)',
        'Căn cứ Luật Mẫu;\nTheo đề nghị của Bộ trưởng;',
        'Điều 1. Phạm vi\tđiều chỉnh',
        'Nghị định này quy định việc lấy ý kiến.',
        'Điều 2. Trách nhiệm',
        '1. Cơ quan chủ trì có trách nhiệm:',
        'a) Tiếp nhận góp ý;',
        'b) Phân loại góp ý;',
        'c) Trả lời góp ý;',
        'd) Gộp góp ý trùng;',
        'đ) Công bố giải trình.',
        '2. Người góp ý được bảo vệ thông tin cá nhân.',
      ].join('\n\n'),
    );
  });

  it('gives text parseDraft splits into the same units', async () => {
    const units = flattenDraft(parseDraft(await docxToDraftText(DOCX)));
    expect(units.map((u) => u.anchor)).toEqual([
      'dieu-1',
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-1-diem-a',
      'dieu-2-khoan-1-diem-b',
      'dieu-2-khoan-1-diem-c',
      'dieu-2-khoan-1-diem-d',
      'dieu-2-khoan-1-diem-dd',
      'dieu-2-khoan-2',
    ]);
    expect(units[0]?.heading).toBe('Phạm vi điều chỉnh');
  });

  it('refuses what is not a .docx: a PDF, a zip without a document', async () => {
    await expect(docxToDraftText(Buffer.from('%PDF-1.7 ...'))).rejects.toBeInstanceOf(
      DocxUnreadableError,
    );
    const emptyZip = storedZip([['readme.txt', 'không phải docx']]);
    await expect(docxToDraftText(emptyZip)).rejects.toBeInstanceOf(DocxUnreadableError);
  });
});
