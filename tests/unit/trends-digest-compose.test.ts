import { describe, expect, it } from 'vitest';
import { type DigestAlert, digestMail, mayBePersonal } from '../../lib/trends-digest/compose';

const URL = 'https://congthongtin.example.gov.vn/quan-tri/xu-huong?tu=2026-11-15&den=2026-12-12';
const reason = 'Thứ Bảy 12/12/2026: 90, gấp 3 lần mức thường lệ 30; điểm z bền vững 8.';

describe('the daily trends email text', () => {
  it('lists rising items, then negative shifts, each with its reason, and links to the dashboard', () => {
    const alerts: DigestAlert[] = [
      { kind: 'term', subject: '“hoc phi”', reason },
      { kind: 'stance', subject: 'Dự thảo Luật Đất đai', reason: 'Tỷ lệ Không đồng tình …' },
      { kind: 'feedback', subject: 'Ý kiến bạn đọc', reason },
    ];
    const { subject, text } = digestMail('2026-12-12', alerts, URL);
    expect(subject).toBe('Cảnh báo xu hướng ngày Thứ Bảy 12/12/2026 (3)');
    expect(text).toContain(
      `Tăng bất thường (2)\n- Từ khoá tìm kiếm: “hoc phi” (lượt tìm)\n  ${reason}\n` +
        `- Ý kiến bạn đọc toàn Cổng\n  ${reason}\n\n` +
        'Chuyển biến tiêu cực trong góp ý dự thảo (1)\n- Góp ý dự thảo: Dự thảo Luật Đất đai\n',
    );
    expect(text).toContain(`Xem chi tiết trên bảng xu hướng:\n${URL}\n`);
    expect(text.normalize('NFC')).toBe(text);
  });

  it('names a search term that may be a phone number or an address only by its kind', () => {
    for (const term of ['0912345678', 'nguyen van a 0912', 'ai@example.vn']) {
      expect(mayBePersonal(term)).toBe(true);
      const { text } = digestMail(
        '2026-12-12',
        [{ kind: 'term', subject: `“${term}”`, reason }],
        URL,
      );
      expect(text).not.toContain(term);
      expect(text).toContain('Từ khoá tìm kiếm: một từ khoá có chữ số hoặc ký tự @');
    }
    expect(mayBePersonal('dau tu cong')).toBe(false);
  });
});
