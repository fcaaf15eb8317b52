import { type APIRequestContext, expect, test } from '@playwright/test';

// Hostile or broken addresses never make the server fail: every public
// route answers them with 400 or 404 (the Vietnamese 404 page for pages),
// and no answer shows a stack trace, a file path or SQL.

const CATEGORY = '/chuyen-muc/truyen-thong-chinh-sach';
const ARTICLE = '/tin-tuc/bo-ke-hoach-va-dau-tu-day-manh-truyen-thong-chinh-sach-tren-nen-tang-so';

// Percent signs that start no valid UTF-8 escape: decodeURIComponent throws.
const BAD_ENCODINGS = [
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%%',
  'x%',
  'a%2',
  '%u0041',
  '%C0%AF', // overlong '/'
  '%ED%A0%80', // lone surrogate
  '%FF',
  '%E0%A4',
  '%C3',
  '%F4%90%80%80', // beyond U+10FFFF
  '%F8%88%80%80%80',
  '%%32%30',
];

// Well-formed but wrong: no page can live at these addresses.
const ODD_SEGMENTS = [
  '%00',
  'abc%00def',
  'a'.repeat(300),
  'a'.repeat(4000),
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%2f..%2fpackage.json',
  '%252e%252e',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  "'%20OR%201%3D1--",
  '%F0%9F%98%80',
  '%20',
  '%0D%0ASet-Cookie:%20x=y',
  '%5C',
  '%C3%A1',
  'Bo-Ke-Hoach',
  '-',
  '__proto__',
  'constructor',
];

const PREFIXES = [
  '/tin-tuc/',
  '/chuyen-muc/',
  '/ke-hoach-truyen-thong/',
  `${CATEGORY}/trang/`,
  `${ARTICLE}/`,
  '/media/',
  '/media/seed/',
  '/',
];

// Values of `trang`, the one query parameter a public page reads.
const BAD_PAGES = [
  '%',
  '%E0%A4%A',
  '%00',
  '2%00',
  '2&trang=x',
  '99999999999999999999',
  '-1',
  '0',
  '02',
  '1e3',
  '2.0',
  '+2',
  '%202',
  '0x2',
  '9'.repeat(5000),
  '%F0%9F%98%80',
];

// Query strings no public page reads: ignored, the page as usual.
const IGNORED_QUERIES = [
  '%=%',
  'a=%ZZ',
  '%00',
  '&&&=&',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  `x=${'y'.repeat(6000)}`,
  Array.from({ length: 200 }, (_, i) => `a=${i}`).join('&'),
];

const LEAKS =
  /\bat \S+ \(|node_modules|\.tsx?:\d+|prisma|SELECT |stack|Error:|Internal Server Error/i;

async function expectRefused(request: APIRequestContext, path: string): Promise<void> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect([400, 404], path).toContain(response.status());
  const body = await response.text();
  expect(body, path).not.toMatch(LEAKS);
  if (response.headers()['content-type']?.startsWith('text/html')) {
    expect(body, path).toContain('Không tìm thấy trang');
  }
}

test('malformed and impossible paths answer 400 or 404, never a server error', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const paths = PREFIXES.flatMap((prefix) =>
    [...BAD_ENCODINGS, ...ODD_SEGMENTS].map((segment) => prefix + segment),
  );
  // A valid address with an invalid tail, and invalid years.
  paths.push(`${CATEGORY}/%`, '/ke-hoach-truyen-thong/2023%', '/ke-hoach-truyen-thong/02023');
  paths.push('/ke-hoach-truyen-thong/-2023', '/ke-hoach-truyen-thong/2023.0');
  expect(paths.length).toBeGreaterThan(250);
  for (const path of paths) await expectRefused(request, path);
});

test('odd page numbers answer 404; odd query strings never break a page', async ({ request }) => {
  for (const value of BAD_PAGES) await expectRefused(request, `${CATEGORY}?trang=${value}`);
  for (const page of ['/', ARTICLE, CATEGORY, '/ke-hoach-truyen-thong/2023', '/api/health']) {
    for (const query of IGNORED_QUERIES) {
      const response = await request.get(`${page}?${query}`, { maxRedirects: 0 });
      expect(response.status(), `${page}?${query.slice(0, 40)}`).toBe(200);
      expect(await response.text()).not.toMatch(LEAKS);
    }
  }
});
