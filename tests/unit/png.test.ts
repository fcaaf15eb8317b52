import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gradientPng } from '../../lib/seed/png';

type Chunk = { type: string; data: Buffer; crcOk: boolean };

/** A minimal PNG reader, independent of the writer, for what the tests check. */
function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    const crc = png.readUInt32BE(at + 8 + length);
    chunks.push({
      type: typed.subarray(0, 4).toString('ascii'),
      data: typed.subarray(4),
      crcOk: crc32(typed) === crc,
    });
    at += 12 + length;
  }
  return chunks;
}

function pixel(png: Buffer, x: number, y: number): number[] {
  const chunks = readChunks(png);
  const width = chunks[0]!.data.readUInt32BE(0);
  const raw = inflateSync(
    Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)),
  );
  const p = y * (1 + width * 3) + 1 + x * 3;
  return [raw[p]!, raw[p + 1]!, raw[p + 2]!];
}

describe('gradientPng', () => {
  const png = gradientPng(64, 36, [10, 20, 30], [200, 150, 100]);

  it('is a well-formed PNG: signature, IHDR first, IEND last, every CRC right', () => {
    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
  });

  it('declares its size as 8-bit truecolour, non-interlaced', () => {
    const ihdr = readChunks(png)[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([64, 36]);
    expect([...ihdr.subarray(8)]).toEqual([8, 2, 0, 0, 0]);
  });

  it('holds exactly one filter byte and three bytes per pixel on each row', () => {
    const idat = readChunks(png).find((c) => c.type === 'IDAT')!.data;
    expect(inflateSync(idat).length).toBe(36 * (1 + 64 * 3));
  });

  it('fades from the top colour to the bottom colour', () => {
    expect(pixel(png, 0, 0)).toEqual([10, 20, 30]);
    expect(pixel(png, 63, 35)).toEqual([200, 150, 100]);
    expect(pixel(png, 5, 18)).not.toEqual(pixel(png, 5, 0));
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => gradientPng(0, 10, [0, 0, 0], [0, 0, 0])).toThrow(RangeError);
    expect(() => gradientPng(10.5, 10, [0, 0, 0], [0, 0, 0])).toThrow(RangeError);
  });
});
