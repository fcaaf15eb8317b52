import { describe, expect, it } from 'vitest';
import { sniffImage } from '@/lib/media/image-sniff';
import { gradientPng } from '@/lib/seed/png';

/** A minimal baseline JPEG header: SOI, an APP0 segment, then SOF0 with the size. */
function jpegHeader(width: number, height: number, sof = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sofSegment = [
    0xff,
    sof,
    0x00,
    0x11,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
  ];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...app0,
    ...sofSegment,
    ...new Array(12).fill(0),
    0xff,
    0xd9,
  ]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  const body = [...Buffer.from('WEBP'), ...Buffer.from(chunk), payload.length, 0, 0, 0, ...payload];
  const size = body.length;
  return Uint8Array.from([...Buffer.from('RIFF'), size & 0xff, size >> 8, 0, 0, ...body]);
}

/** Lossy WebP: frame tag (3 bytes), start code 9d 01 2a, 14-bit width and height. */
function webpLossy(width: number, height: number) {
  return riff('VP8 ', [
    0,
    0,
    0,
    0x9d,
    0x01,
    0x2a,
    width & 0xff,
    width >> 8,
    height & 0xff,
    height >> 8,
    0,
    0,
  ]);
}

/** Lossless WebP: 0x2f, then (width-1) and (height-1) in 14 bits each, little-endian. */
function webpLossless(width: number, height: number) {
  const bits = (width - 1) | ((height - 1) << 14);
  return riff('VP8L', [
    0x2f,
    bits & 0xff,
    (bits >> 8) & 0xff,
    (bits >> 16) & 0xff,
    (bits >> 24) & 0xff,
    0,
    0,
    0,
    0,
    0,
  ]);
}

/** Extended WebP: flags, reserved, then (width-1) and (height-1) in 24 bits each. */
function webpExtended(width: number, height: number) {
  const w = width - 1;
  const h = height - 1;
  return riff('VP8X', [
    0,
    0,
    0,
    0,
    w & 0xff,
    (w >> 8) & 0xff,
    w >> 16,
    h & 0xff,
    (h >> 8) & 0xff,
    h >> 16,
  ]);
}

describe('sniffImage recognises images by their bytes', () => {
  it('reads a PNG and its size', () => {
    expect(sniffImage(gradientPng(37, 21, [0, 0, 0], [255, 255, 255]))).toEqual({
      mimeType: 'image/png',
      ext: 'png',
      width: 37,
      height: 21,
    });
  });

  it('reads a baseline and a progressive JPEG and their size', () => {
    expect(sniffImage(jpegHeader(1200, 675))).toMatchObject({
      mimeType: 'image/jpeg',
      width: 1200,
      height: 675,
    });
    expect(sniffImage(jpegHeader(640, 480, 0xc2))).toMatchObject({ width: 640, height: 480 });
  });

  it('reads lossy, lossless and extended WebP and their size', () => {
    expect(sniffImage(webpLossy(800, 450))).toMatchObject({
      mimeType: 'image/webp',
      width: 800,
      height: 450,
    });
    expect(sniffImage(webpLossless(300, 7000))).toMatchObject({ width: 300, height: 7000 });
    expect(sniffImage(webpExtended(4000, 3000))).toMatchObject({ width: 4000, height: 3000 });
  });
});

describe('sniffImage refuses what is not a JPEG, PNG or WebP', () => {
  const refused: [string, Uint8Array][] = [
    ['an empty file', new Uint8Array()],
    ['HTML', new TextEncoder().encode('<html><script>alert(1)</script></html>')],
    [
      'an SVG',
      new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ],
    ['a GIF', new TextEncoder().encode('GIF89a\x01\x00\x01\x00\x00\x00\x00;')],
    ['a PNG cut short before its size', gradientPng(4, 4, [0, 0, 0], [9, 9, 9]).subarray(0, 20)],
    [
      'a JPEG with no frame header',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0, 8, 0, 0, 0, 0, 0, 0, 0xff, 0xd9]),
    ],
    [
      'a RIFF file that is not WebP (WAV)',
      new TextEncoder().encode(
        'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x44\xac\x00\x00',
      ),
    ],
    [
      'a PNG claiming zero width',
      (() => {
        const b = gradientPng(4, 4, [0, 0, 0], [9, 9, 9]);
        b.writeUInt32BE(0, 16);
        return b;
      })(),
    ],
  ];
  it.each(refused)('refuses %s', (_name, bytes) => {
    expect(sniffImage(bytes)).toBeNull();
  });

  it('ignores the file name: a PNG renamed photo.jpg is still reported as PNG', () => {
    const file = new File([Uint8Array.from(gradientPng(8, 8, [0, 0, 0], [1, 1, 1]))], 'photo.jpg', {
      type: 'image/jpeg',
    });
    return file.arrayBuffer().then((buffer) => {
      expect(sniffImage(new Uint8Array(buffer))?.mimeType).toBe('image/png');
    });
  });
});
