import type { RegisterRow } from './public';

const HEADER = [
  'STT',
  'Điều khoản',
  'Góp ý trên dự thảo lần',
  'Nội dung góp ý',
  'Đơn vị/cá nhân góp ý',
  'Kết quả',
  'Ý kiến tiếp thu, giải trình',
  'Điều khoản ở dự thảo tiếp theo',
];

/**
 * One CSV field: quoted, quotes doubled (RFC 4180). Text a citizen typed
 * that starts like a formula (= + - @, tab, CR) gets a leading apostrophe,
 * so a spreadsheet shows it instead of running it.
 */
function field(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** What a row's answer says, "Trùng" pointing at the row it repeats. */
export function responseText(row: RegisterRow): string {
  return row.duplicateOf
    ? `Trùng với ý kiến số ${row.duplicateOf}. ${row.response}`.trim()
    : row.response;
}

/** Where the provision went in the next version, as text. */
export function nextText(row: RegisterRow, origin = ''): string {
  if (!row.next) return '';
  return 'href' in row.next ? `${row.next.label} (${origin}${row.next.href})` : row.next.note;
}

/**
 * The register as CSV in the official table's columns, UTF-8 with a byte
 * order mark (so Excel reads the Vietnamese right) and CRLF line ends.
 */
export function registerCsv(rows: readonly RegisterRow[], origin = ''): string {
  const lines = [HEADER.map(field).join(',')];
  for (const r of rows) {
    lines.push(
      [
        r.number,
        r.provision,
        r.versionNumber,
        r.body,
        r.commenter,
        r.outcome,
        responseText(r),
        nextText(r, origin),
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
