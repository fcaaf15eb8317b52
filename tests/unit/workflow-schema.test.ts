import { describe, expect, it } from 'vitest';
import { approveInputSchema, articleInputSchema, reasonInputSchema } from '../../lib/articles/schema';
import { ValidationError } from '../../lib/core/errors';
import { parseInput } from '../../lib/core/parse-input';

const valid = { title: 'Tiêu đề', lead: 'Sa-pô', body: 'Nội dung', categoryId: 'c1' };

function fieldErrors(schema: Parameters<typeof parseInput>[0], input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('article input', () => {
  it('trims and NFC-normalises text, so NFD input is stored as NFC', () => {
    const nfd = '  Hòa Bình  '.normalize('NFD');
    const data = parseInput(articleInputSchema, { ...valid, title: nfd });
    expect(data.title).toBe('Hòa Bình'.normalize('NFC'));
  });

  it('names each empty required field in Vietnamese', () => {
    const errors = fieldErrors(articleInputSchema, {
      title: '  ',
      lead: '',
      body: '',
      categoryId: '',
    });
    expect(errors.title).toEqual(['Hãy nhập tiêu đề.']);
    expect(errors.lead).toEqual(['Hãy nhập sa-pô.']);
    expect(errors.body).toEqual(['Hãy nhập nội dung.']);
    expect(errors.categoryId).toEqual(['Hãy chọn chuyên mục.']);
  });

  it('measures length after normalising: 300 composed characters fit, 301 do not', () => {
    const ok = 'ộ'.normalize('NFD').repeat(300);
    expect(parseInput(articleInputSchema, { ...valid, title: ok }).title).toHaveLength(300);
    const errors = fieldErrors(articleInputSchema, { ...valid, title: 'a'.repeat(301) });
    expect(errors.title?.[0]).toMatch(/300/);
  });

  it('refuses an over-long lead, body and change note', () => {
    const errors = fieldErrors(articleInputSchema, {
      ...valid,
      lead: 'a'.repeat(1001),
      body: 'a'.repeat(100_001),
      changeNote: 'a'.repeat(501),
    });
    expect(Object.keys(errors).sort()).toEqual(['body', 'changeNote', 'lead']);
  });

  it('keeps a body with <script> as plain text (rendering sanitises it)', () => {
    const body = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    expect(parseInput(articleInputSchema, { ...valid, body }).body).toBe(body);
  });

  it('turns an empty change note into none and removes duplicate links', () => {
    const data = parseInput(articleInputSchema, {
      ...valid,
      changeNote: ' ',
      readMoreIds: ['a', 'a', 'b'],
    });
    expect(data.changeNote).toBeNull();
    expect(data.readMoreIds).toEqual(['a', 'b']);
  });
});

describe('reason and approval input', () => {
  it('requires a reason', () => {
    expect(fieldErrors(reasonInputSchema, { reason: '   ' }).reason).toEqual(['Hãy nêu lý do.']);
    expect(fieldErrors(reasonInputSchema, {}).reason).toEqual(['Hãy nêu lý do.']);
  });

  it('reads "dd/mm/yyyy HH:mm" as Vietnam time (UTC+7), day first', () => {
    const { publishAt } = parseInput(approveInputSchema, { publishAt: ' 03/04/2030 09:05 ' });
    expect(publishAt?.toISOString()).toBe('2030-04-03T02:05:00.000Z');
    const early = parseInput(approveInputSchema, { publishAt: '1/1/2030 06:00:30' }).publishAt;
    expect(early?.toISOString()).toBe('2029-12-31T23:00:30.000Z');
  });

  it('refuses a month-first or impossible date with a Vietnamese hint', () => {
    for (const value of [
      '04/30/2030 09:05',
      '31/02/2030 09:05',
      '03/04/2030 24:00',
      '2030-04-03',
    ]) {
      expect(fieldErrors(approveInputSchema, { publishAt: value }).publishAt?.[0]).toMatch(
        /không hợp lệ.*ví dụ 27\/04\/2025 09:05/,
      );
    }
  });

  it('reads a datetime-local value as Vietnam time (UTC+7)', () => {
    const { publishAt } = parseInput(approveInputSchema, { publishAt: '2030-01-02T08:30' });
    expect(publishAt?.toISOString()).toBe('2030-01-02T01:30:00.000Z');
  });

  it('treats an empty time as "publish now" and refuses nonsense', () => {
    expect(parseInput(approveInputSchema, { publishAt: '' }).publishAt).toBeUndefined();
    expect(fieldErrors(approveInputSchema, { publishAt: 'ngày mai' }).publishAt?.[0]).toMatch(
      /không hợp lệ/,
    );
  });
});
