import { describe, expect, it } from 'vitest';
import { similarityGroups } from '../../lib/consultations/similarity-groups';

// Sample comments written for the test.
const CAMPAIGN =
  'Chúng tôi đề nghị Ban soạn thảo bỏ quy định tại khoản 2 Điều 5 về việc buộc người góp ý ' +
  'phải cung cấp số căn cước công dân, vì quy định này làm hạn chế quyền tham gia góp ý của ' +
  'người dân và không cần thiết khi đã có địa chỉ thư điện tử để liên hệ. Đề nghị chỉ yêu cầu ' +
  'họ tên và thư điện tử.';

const DISTINCT = [
  'Tôi đồng ý với dự thảo, nhưng đề nghị kéo dài thời hạn lấy ý kiến thêm 30 ngày vì nhiều doanh nghiệp chưa kịp nghiên cứu hồ sơ.',
  'Đề nghị bổ sung quy định về việc công bố bảng tổng hợp ý kiến trong vòng 10 ngày kể từ ngày hết hạn góp ý.',
  'Khoản 2 Điều 5 yêu cầu số căn cước là hợp lý để tránh góp ý giả mạo, tôi ủng hộ giữ nguyên quy định này.',
  'Đề nghị Ban soạn thảo làm rõ khái niệm góp ý trùng tại Điều 3, vì chưa rõ thế nào là nội dung giống nhau.',
  // A short paraphrase of the campaign: same request, written by someone else.
  'Chúng tôi đề nghị bỏ quy định về số căn cước công dân tại khoản 2 Điều 5 vì không cần thiết.',
  'Cần quy định rõ trách nhiệm của cơ quan chủ trì khi không trả lời góp ý đúng hạn.',
  'Hồ sơ dự thảo nên có bản tóm tắt dễ hiểu cho người dân không chuyên về pháp luật.',
  'Đồng ý',
  'Không đồng ý',
];

/** Deterministic pseudo-random numbers, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

const FILLERS = ['rất', 'thực sự', 'kính', 'xin', 'cũng', 'hoàn toàn', 'nên'];

/** A campaign copy: one to four words dropped, added or replaced, maybe a greeting and a name. */
function editedCopy(text: string, rnd: () => number): string {
  const words = text.split(' ');
  const pick = () => FILLERS[Math.floor(rnd() * FILLERS.length)] ?? 'rất';
  for (let k = 1 + Math.floor(rnd() * 4); k > 0; k--) {
    const i = Math.floor(rnd() * words.length);
    const op = rnd();
    if (op < 0.33) words.splice(i, 1);
    else if (op < 0.66) words.splice(i, 0, pick());
    else words[i] = pick();
  }
  if (rnd() < 0.5) words.unshift('Kính gửi Ban soạn thảo,');
  if (rnd() < 0.5)
    words.push(`Người góp ý: Nguyễn Văn ${String.fromCharCode(65 + Math.floor(rnd() * 26))}.`);
  return words.join(' ');
}

describe('similarityGroups', () => {
  it('puts 200 edited copies of a campaign text in one group and leaves distinct comments alone', () => {
    const rnd = random(42);
    const copies = Array.from({ length: 200 }, () => editedCopy(CAMPAIGN, rnd));
    const texts = [...DISTINCT.slice(0, 4), ...copies, ...DISTINCT.slice(4)];
    expect(new Set(copies).size).toBeGreaterThan(150);
    const groups = similarityGroups(texts);
    expect(groups).toEqual([Array.from({ length: 200 }, (_, i) => i + 4)]);
  });

  it('groups texts that differ only in diacritics, case and punctuation', () => {
    const groups = similarityGroups([
      'Đề nghị bỏ khoản 2 Điều 5.',
      'de nghi bo khoan 2 dieu 5',
      'Đề nghị giữ nguyên Điều 7.',
      'ĐỀ NGHỊ BỎ KHOẢN 2, ĐIỀU 5!!!',
    ]);
    expect(groups).toEqual([[0, 1, 3]]);
  });

  it('groups identical short comments but keeps "Đồng ý" apart from "Không đồng ý"', () => {
    expect(similarityGroups(['Đồng ý', 'Không đồng ý', 'đồng ý.', 'Tôi không đồng ý'])).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('never groups texts with no words', () => {
    expect(similarityGroups(['', '...', '!!!', ''])).toEqual([]);
  });

  it('scales to thousands: 10 campaigns of 200 copies among 1 000 distinct texts', () => {
    const rnd = random(7);
    const vocabulary = Array.from({ length: 400 }, (_, i) => `từ${i}`);
    const sentence = () =>
      Array.from({ length: 50 }, () => vocabulary[Math.floor(rnd() * 400)]).join(' ');
    const campaigns = Array.from({ length: 10 }, sentence);
    const texts: string[] = [];
    const expected: number[][] = campaigns.map(() => []);
    for (let i = 0; i < 3000; i++) {
      const c = i % 3 === 2 ? -1 : Math.floor(rnd() * 10);
      const group = expected[c];
      if (group) group.push(texts.length);
      texts.push(group ? editedCopy(campaigns[c] ?? '', rnd) : sentence());
    }
    const started = performance.now();
    const groups = similarityGroups(texts);
    const elapsed = performance.now() - started;
    const sortKey = (g: number[]) => g[0] ?? 0;
    expect(groups.sort((a, b) => sortKey(a) - sortKey(b))).toEqual(
      expected.sort((a, b) => sortKey(a) - sortKey(b)),
    );
    // Generous for a shared machine; all-against-all over 3 000 texts takes far longer.
    expect(elapsed).toBeLessThan(10_000);
  });
});
