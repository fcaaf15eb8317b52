import { describe, expect, it } from 'vitest';
import { draftTextFrom, MAX_DOCX_BYTES } from '../../lib/consultations/draft-upload';
import { parseDraftUnits } from '../../lib/consultations/units';
import { ValidationError } from '../../lib/core/errors';
import { minimalDocx } from '../helpers/minimal-docx';

const file = (bytes: Uint8Array, name = 'du-thao.docx') => new File([new Uint8Array(bytes)], name);

describe('draftTextFrom: the pasted text, or the .docx chosen in its place', () => {
  it('keeps the pasted text when no file was chosen (an empty file input sends a 0-byte file)', async () => {
    expect(await draftTextFrom('Điều 1. Dán', undefined)).toBe('Điều 1. Dán');
    expect(await draftTextFrom('Điều 1. Dán', file(new Uint8Array()))).toBe('Điều 1. Dán');
  });

  it("reads a .docx's text, its automatic numbering written out, in place of the pasted text", async () => {
    const docx = minimalDocx([
      { runs: [{ text: 'Điều 2. Đối tượng áp dụng' }] },
      { runs: [{ text: 'Cơ quan chủ trì soạn thảo.' }], list: 0 },
    ]);
    const text = await draftTextFrom('bị thay thế', file(docx));
    const khoan = parseDraftUnits(text).units.find((u) => u.anchor === 'dieu-2-khoan-1');
    expect(khoan?.text).toBe('Cơ quan chủ trì soạn thảo.');
  });

  it('refuses a file that is not a .docx, or too large, as an error on the file field', async () => {
    const pdf = file(new TextEncoder().encode('%PDF-1.7 ...'), 'du-thao.docx');
    await expect(draftTextFrom('', pdf)).rejects.toBeInstanceOf(ValidationError);
    const big = file(new Uint8Array(MAX_DOCX_BYTES + 1));
    await expect(draftTextFrom('', big)).rejects.toMatchObject({
      fieldErrors: { docx: [expect.stringMatching(/5 MB/)] },
    });
  });
});
