import { describe, expect, it } from 'vitest';
import { bodyRepeatsLead, toDetail } from '../../lib/articles/dto';
import { renderBody } from '../../lib/articles/render';

const LEAD =
  '(PLVN) - Ngày 24/4, UBND tỉnh Bắc Kạn tổ chức Hội nghị triển khai các Luật được Quốc hội thông qua.';

/** A published article row as the public query selects it. */
function row(lead: string, body: string): Parameters<typeof toDetail>[0] {
  const publishedAt = new Date(Date.UTC(2024, 3, 24, 3));
  return {
    id: 'a1',
    slug: 'bac-kan',
    categoryId: 'c1',
    publishedAt,
    category: { slug: 'truyen-thong-chinh-sach', name: 'Truyền thông Chính sách' },
    liveRevision: {
      title: 'Bắc Kạn giới thiệu văn bản pháp luật mới năm 2024',
      lead,
      body,
      source: 'PLVN',
      changeNote: null,
      publishedAt,
      coverCaption: null,
      coverMedia: null,
    },
  };
}

describe('an article whose body only repeats its lead', () => {
  it('has no body, so the page shows the paragraph once', () => {
    expect(toDetail(row(LEAD, LEAD), renderBody)?.bodyHtml).toBe('');
  });

  it('counts as a repeat when only surrounding whitespace or Unicode form differ', () => {
    expect(toDetail(row(LEAD, `\n  ${LEAD.normalize('NFD')}  \n`), renderBody)?.bodyHtml).toBe('');
    expect(bodyRepeatsLead(`  ${LEAD}`, `${LEAD}\n`)).toBe(true);
  });

  it('keeps a body that says more than the lead', () => {
    const body = `${LEAD}\n\nHội nghị được tổ chức trực tiếp và trực tuyến.`;
    const html = toDetail(row(LEAD, body), renderBody)?.bodyHtml ?? '';
    expect(html).toContain('<p>Hội nghị được tổ chức trực tiếp và trực tuyến.</p>');
    expect(bodyRepeatsLead(LEAD, body)).toBe(false);
  });

  it('keeps a body that differs from the lead by a single word', () => {
    const body = LEAD.replace('Bắc Kạn', 'Cao Bằng');
    expect(toDetail(row(LEAD, body), renderBody)?.bodyHtml).toContain('Cao Bằng');
  });
});
