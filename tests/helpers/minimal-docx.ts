import { crc32 } from 'node:zlib';

/**
 * A minimal valid .docx built in memory, so the converter's test needs no
 * office suite and no committed binary. A .docx is a zip of XML parts; the
 * entries here are stored uncompressed, which every zip reader accepts.
 */

/** One paragraph: its runs of text, and a list level when Word numbers it. */
export type DocxParagraph = { runs: { text: string; bold?: boolean }[]; list?: 0 | 1 };

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function paragraphXml(p: DocxParagraph): string {
  const numbering =
    p.list === undefined
      ? ''
      : `<w:pPr><w:numPr><w:ilvl w:val="${p.list}"/><w:numId w:val="1"/></w:numPr></w:pPr>`;
  const runs = p.runs
    .map((r) => {
      const props = r.bold ? '<w:rPr><w:b/></w:rPr>' : '';
      // A "\n" in a run is a line break inside the paragraph (Shift+Enter in Word).
      const body = r.text
        .split('\n')
        .map((t) => `<w:t xml:space="preserve">${escapeXml(t)}</w:t>`)
        .join('<w:br/>');
      return `<w:r>${props}${body}</w:r>`;
    })
    .join('');
  return `<w:p>${numbering}${runs}</w:p>`;
}

function level(ilvl: number, format: string, text: string): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
}

function parts(paragraphs: DocxParagraph[]): [string, string][] {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/numbering" Target="numbering.xml"/></Relationships>`,
    ],
    [
      'word/numbering.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'lowerLetter', '%2)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs.map(paragraphXml).join('')}</w:body></w:document>`,
    ],
  ];
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** Zips entries without compression (method 0), names flagged as UTF-8. */
export function storedZip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(content, 'utf8');
    const common = [u16(20), u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc32(data))];
    const sizes = [u32(data.length), u32(data.length), u16(nameBytes.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, ...sizes, nameBytes, data]);
    const tail = [u16(0), u16(0), u16(0), u32(0), u32(offset)];
    centrals.push(
      Buffer.concat([u32(0x02014b50), u16(20), ...common, ...sizes, ...tail, nameBytes]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const count = u16(entries.length);
  const end = [
    u32(0x06054b50),
    u16(0),
    u16(0),
    count,
    count,
    u32(directory.length),
    u32(offset),
    u16(0),
  ];
  return Buffer.concat([...locals, directory, ...end]);
}

/** A .docx holding these paragraphs; list paragraphs use a "1." / "a)" Word numbering. */
export function minimalDocx(paragraphs: DocxParagraph[]): Buffer {
  return storedZip(parts(paragraphs));
}
