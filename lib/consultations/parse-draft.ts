import {
  afterLine,
  chapterNumber,
  classifyLine,
  cleanLine,
  isQuoted,
  type Line,
  type QuoteState,
} from './draft-lines';
import { anchorPart, type DraftTree, type DraftUnit, type UnitKind, unitName } from './draft-tree';

type Open = Partial<Record<UnitKind, DraftUnit>>;

// Which open units a new unit closes: a Điều ends the previous Điều's Khoản and Điểm.
const CLOSES: Record<UnitKind, UnitKind[]> = {
  chuong: ['chuong', 'muc', 'dieu', 'khoan', 'diem'],
  muc: ['muc', 'dieu', 'khoan', 'diem'],
  dieu: ['dieu', 'khoan', 'diem'],
  khoan: ['khoan', 'diem'],
  diem: ['diem'],
};

const INNERMOST: UnitKind[] = ['diem', 'khoan', 'dieu', 'muc', 'chuong'];

class DraftBuilder {
  readonly units: DraftUnit[] = [];
  readonly preamble: string[] = [];
  readonly closing: string[] = [];
  readonly warnings: string[] = [];
  private open: Open = {};
  private anchors = new Set<string>();
  private lastDieu: number | null = null;

  private innermost(): DraftUnit | undefined {
    for (const kind of INNERMOST) if (this.open[kind]) return this.open[kind];
    return undefined;
  }

  private uniqueAnchor(anchor: string, name: string): string {
    if (!this.anchors.has(anchor)) return anchor;
    this.warnings.push(`${name} xuất hiện nhiều lần; các lần sau được đánh dấu riêng.`);
    let n = 2;
    while (this.anchors.has(`${anchor}-${n}`)) n++;
    return `${anchor}-${n}`;
  }

  /** Where a unit goes and its anchor, or null when it cannot stand there (a Khoản outside a Điều). */
  private place(line: Line): { parent: DraftUnit | null; anchor: string } | null {
    const { chuong, muc, dieu, khoan } = this.open;
    const n = anchorPart(line.number);
    switch (line.kind) {
      case 'chuong':
        return { parent: null, anchor: `chuong-${chapterNumber(line.number)}` };
      case 'muc':
        return {
          parent: chuong ?? null,
          anchor: chuong ? `${chuong.anchor}-muc-${n}` : `muc-${n}`,
        };
      case 'dieu':
        return { parent: muc ?? chuong ?? null, anchor: `dieu-${n}` };
      case 'khoan':
        return dieu ? { parent: dieu, anchor: `${dieu.anchor}-khoan-${n}` } : null;
      case 'diem': {
        const parent = khoan ?? dieu;
        return parent ? { parent, anchor: `${parent.anchor}-diem-${n}` } : null;
      }
      default:
        return null;
    }
  }

  private checkSequence(line: Line): void {
    if (line.kind !== 'dieu' || !/^\d+$/.test(line.number)) return;
    const n = Number(line.number);
    if (this.lastDieu !== null && n !== this.lastDieu + 1 && n !== this.lastDieu) {
      this.warnings.push(`Sau Điều ${this.lastDieu} là Điều ${n}: số thứ tự Điều không liên tục.`);
    }
    this.lastDieu = n;
  }

  /** Opens a unit for a heading or numbered line; false when the line is text where it stands. */
  addUnit(line: Line): boolean {
    const kind = line.kind as UnitKind;
    const name = unitName({ kind, number: line.number });
    const place = this.place(line);
    if (!place) return false;
    this.checkSequence(line);
    const anchor = this.uniqueAnchor(place.anchor, `${name} (#${place.anchor})`);
    this.anchors.add(anchor);
    const heading = kind === 'chuong' || kind === 'muc' || kind === 'dieu' ? line.rest : '';
    const text = heading ? '' : line.rest;
    const unit: DraftUnit = { kind, number: line.number, anchor, heading, text, children: [] };
    (place.parent ? place.parent.children : this.units).push(unit);
    for (const closed of CLOSES[kind]) delete this.open[closed];
    this.open[kind] = unit;
    return true;
  }

  /** A line of prose: a Chương or Mục title on the lines after its number, else the innermost unit's text. */
  addText(line: string): void {
    const unit = this.innermost();
    if (!unit) {
      this.preamble.push(line);
      return;
    }
    const titled = unit.kind === 'chuong' || unit.kind === 'muc';
    if (titled && !unit.text && unit.children.length === 0) {
      const continuesCaps = unit.heading && isUpper(unit.heading) && isUpper(line);
      if (!unit.heading || continuesCaps) {
        unit.heading = unit.heading ? `${unit.heading} ${line}` : line;
        return;
      }
    }
    unit.text = unit.text ? `${unit.text}\n${line}` : line;
  }

  hasUnits(): boolean {
    return this.units.length > 0;
  }
}

const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && s !== s.toLocaleLowerCase('vi');

/**
 * Splits a pasted Vietnamese legal draft into Chương / Mục / Điều / Khoản /
 * Điểm with stable anchors ("dieu-5-khoan-2-diem-a", "chuong-2"). Text before
 * the first heading is the preamble; from "Nơi nhận:" or a signature line
 * ("TM. CHÍNH PHỦ") after the last unit on, the closing. Lines inside a
 * quotation (an amending draft quoting a new article) stay text.
 */
export function parseDraft(text: string): DraftTree {
  const builder = new DraftBuilder();
  let quote: QuoteState = { curly: 0, straight: false };
  let closing = false;
  for (const raw of text.split(/\r\n|[\r\n\u2028\u2029\v\f]/)) {
    const line = cleanLine(raw);
    if (!line) continue;
    const item = isQuoted(quote) ? null : classifyLine(line);
    quote = afterLine(quote, line);
    if (closing || (item?.kind === 'closing' && builder.hasUnits())) {
      closing = true;
      builder.closing.push(line);
    } else if (!item || item.kind === 'text' || item.kind === 'closing' || !builder.addUnit(item)) {
      builder.addText(line);
    }
  }
  if (isQuoted(quote)) builder.warnings.push('Có dấu ngoặc kép mở mà không đóng.');
  return {
    preamble: builder.preamble.join('\n'),
    units: builder.units,
    closing: builder.closing.join('\n'),
    warnings: builder.warnings,
  };
}
