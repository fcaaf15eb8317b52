import type { AuditRow } from './queries';
import { formatVnDateTime } from '../text/vn-time';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles Vietnamese. */
const BOM = '\uFEFF';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line
 * break, quotes doubled. A cell that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) gets a leading
 * apostrophe, so a note typed by a user cannot become code in the admin's
 * spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const AUDIT_CSV_HEADER = [
  'Thời gian',
  'Người thực hiện',
  'Email',
  'Loại đối tượng',
  'Đối tượng',
  'Thao tác',
  'Trạng thái',
  'Ghi chú',
  'IP',
];

/** The audit rows as a CSV document (UTF-8 with BOM, CRLF line ends). */
export function auditCsv(rows: AuditRow[]): string {
  const lines = [
    AUDIT_CSV_HEADER,
    ...rows.map((r) => [
      formatVnDateTime(r.at),
      r.actorName ?? '',
      r.actorEmail ?? '',
      r.object.kind,
      r.object.label,
      r.actionLabel,
      r.stateChange,
      r.note ?? '',
      r.ip ?? '',
    ]),
  ];
  return `${BOM}${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
