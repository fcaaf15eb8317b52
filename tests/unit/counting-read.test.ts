import { describe, expect, it } from 'vitest';
import { ROUTED_PAGE_SLUGS } from '../../lib/core/page-slugs';
import {
  COUNTED_PAGE_SLUGS,
  countedPath,
  deviceClass,
  isBot,
  referrerDomain,
} from '../../lib/counting/read.mjs';
import { toCsv } from '../../lib/trends-data/chart-tables';
import { readRange } from '../../lib/trends-data/range';

describe('what the counter counts', () => {
  it('knows the routed pages the TypeScript list names', () => {
    expect([...COUNTED_PAGE_SLUGS].sort()).toEqual([...ROUTED_PAGE_SLUGS].sort());
  });

  it('counts reading routes by their path, without query string or trailing slash', () => {
    expect(countedPath('/tin-tuc/bai-mot?utm_source=zalo')).toBe('/tin-tuc/bai-mot');
    expect(countedPath('/chuyen-muc/kinh-te/')).toBe('/chuyen-muc/kinh-te');
    expect(countedPath('/')).toBe('/');
    expect(countedPath('/?trang=2')).toBe('/');
    expect(countedPath('/ke-hoach-truyen-thong/2023')).toBe('/ke-hoach-truyen-thong/2023');
    expect(countedPath('/ve-thong-ke')).toBe('/ve-thong-ke');
    for (const not of [
      '/rss.xml',
      '/tim-kiem?q=a',
      '/api/health',
      '/_next/static/a.js',
      '/tin-tuc/Bai',
      '/tin-tuc/a/b',
      '/quan-tri',
      '/favicon.ico',
    ]) {
      expect(countedPath(not), not).toBeNull();
    }
  });

  it('tells bots, devices and referring domains apart', () => {
    expect(isBot('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)')).toBe(
      true,
    );
    expect(isBot('curl/8.5.0')).toBe(true);
    expect(isBot(undefined)).toBe(true);
    expect(
      isBot(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
      ),
    ).toBe(false);
    expect(
      deviceClass(
        'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/140.0 Mobile Safari/537.36',
      ),
    ).toBe('mobile');
    expect(deviceClass('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)')).toBe('tablet');
    expect(deviceClass('Mozilla/5.0 (X11; Linux x86_64)')).toBe('desktop');
    expect(referrerDomain('https://www.baochinhphu.vn/a/b?c=d', 'portal.gov.vn')).toBe(
      'baochinhphu.vn',
    );
    expect(referrerDomain('https://portal.gov.vn/tin-tuc/x', 'portal.gov.vn:443')).toBe(
      '(internal)',
    );
    expect(referrerDomain(undefined, 'portal.gov.vn')).toBe('(direct)');
    expect(referrerDomain('not a url', 'portal.gov.vn')).toBe('(direct)');
  });
});

describe('dashboard inputs and files', () => {
  it('reads a range, refusing what is not one', () => {
    const now = new Date('2026-12-07T03:00:00Z');
    expect(readRange({}, now).range).toEqual({ from: '2026-11-10', to: '2026-12-07' });
    expect(readRange({ tu: '2026-01-01', den: '2026-01-31' }, now)).toEqual({
      range: { from: '2026-01-01', to: '2026-01-31' },
      notice: null,
    });
    expect(readRange({ tu: '2026-02-30', den: '2026-03-01' }, now).notice).toMatch(/không hợp lệ/);
    expect(readRange({ tu: '2026-03-01', den: '2026-02-01' }, now).notice).toMatch(/không hợp lệ/);
    expect(readRange({ tu: '2020-01-01', den: '2026-01-01' }, now).range.from).toBe('2024-01-02');
  });

  it('writes CSV a spreadsheet reads as data, never as a formula', () => {
    const csv = toCsv({
      id: 'x',
      title: 'x',
      columns: ['Từ khoá', 'Số lượt'],
      rows: [
        ['=HYPERLINK("http://x")', 3],
        ['đầu tư, "công"', 2],
        ['-1+1', 1],
      ],
    });
    expect(csv).toBe(
      '\uFEFFTừ khoá,Số lượt\r\n"\'=HYPERLINK(""http://x"")",3\r\n"đầu tư, ""công""",2\r\n\'-1+1,1\r\n',
    );
  });
});
