import { describe, expect, it } from 'vitest';
import {
  createConsultation,
  rejectConsultationVersion,
  startConsultationVersion,
  saveConsultationVersion,
} from '../../lib/consultations/mutations';
import {
  byPhase,
  loadPublishedConsultation,
  loadPublishedConsultations,
} from '../../lib/consultations/queries';
import { parseVnDateTime } from '../../lib/text/vn-time';
import { loadSitemapData } from '../../lib/sitemap/queries';
import { sitemapXml } from '../../lib/sitemap/xml';
import {
  consultationInput,
  publishedConsultation,
  submittedConsultation,
} from '../helpers/consultations';
import { castEachTest } from '../helpers/integration';

const c = castEachTest();
const url = (path: string) => `https://cong.example.gov.vn${path}`;

async function everywhere(slug: string) {
  const list = (await loadPublishedConsultations()).map((x) => x.slug);
  const page = await loadPublishedConsultation(slug);
  const xml = sitemapXml(await loadSitemapData(null), url);
  return { inList: list.includes(slug), page, inSitemap: xml.includes(`/du-thao/${slug}<`) };
}

describe('only what is published is public', () => {
  it('a draft, a submitted and a rejected version are in no list, page or sitemap', async () => {
    const draft = await createConsultation(c.editor, consultationInput({ title: 'Nháp bí mật' }));
    const sent = await submittedConsultation(c.editor, { title: 'Chờ duyệt bí mật' });
    const toReject = await submittedConsultation(c.editor, { title: 'Bị từ chối' });
    await rejectConsultationVersion(c.approver, toReject.version.id, toReject.version.version, {
      reason: 'Chưa đủ hồ sơ.',
    });
    for (const slug of [draft.slug, sent.slug, toReject.slug]) {
      expect(await everywhere(slug)).toEqual({ inList: false, page: null, inSitemap: false });
    }
  });

  it('an approved version is in the list, its page (with its units in order) and the sitemap', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const seen = await everywhere(live.slug);
    expect(seen.inList).toBe(true);
    expect(seen.inSitemap).toBe(true);
    const anchors = seen.page?.units.map((u) => u.anchor) ?? [];
    expect(anchors.indexOf('dieu-2')).toBeLessThan(anchors.indexOf('dieu-2-khoan-1'));
    expect(seen.page?.units.find((u) => u.anchor === 'dieu-2-khoan-1')?.text).toMatch(
      /^Cơ quan, tổ chức chủ trì/,
    );
  });

  it('a new version being drafted leaves the public text as approved', async () => {
    const live = await publishedConsultation(c.editor, c.approver);
    const next = await startConsultationVersion(c.editor, live.version.consultationId);
    await saveConsultationVersion(
      c.editor,
      next.version.id,
      next.version.version,
      consultationInput({
        title: 'Tiêu đề chưa duyệt',
        draftText: 'Điều 1. Chưa duyệt\nNội dung chưa duyệt.',
      }),
    );
    const page = await loadPublishedConsultation(live.slug);
    expect(page?.title).toBe('Dự thảo Nghị định mẫu về truyền thông chính sách');
    expect(JSON.stringify(page)).not.toContain('chưa duyệt');
  });
});

describe('the window phase, in Vietnam time', () => {
  it('is open until the end of the stated closing minute, then closed; upcoming before it opens', async () => {
    const at = (s: string) => parseVnDateTime(s) ?? new Date(Number.NaN);
    await publishedConsultation(c.editor, c.approver, {
      opensAt: at('01/06/2026 08:00'),
      closesAt: at('30/06/2026 23:59'),
    });
    const list = await loadPublishedConsultations();
    const phase = (now: string) => {
      const p = byPhase(list, at(now));
      return (['open', 'upcoming', 'closed'] as const).find((k) => p[k].length === 1);
    };
    expect(phase('01/06/2026 07:59:59')).toBe('upcoming');
    expect(phase('01/06/2026 08:00')).toBe('open');
    // 23:59:59 Vietnam time is 16:59:59 UTC: a UTC reading would have closed at 23:59 UTC.
    expect(phase('30/06/2026 23:59:59')).toBe('open');
    expect(phase('01/07/2026 00:00')).toBe('closed');
  });
});
