import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** The author, serial number and place a camera writes into a photo. */
export const EXIF_SECRETS = {
  artist: 'Nguyễn Văn Phóng Viên',
  serial: 'SN-4471-0932',
  latitude: '21/1 1/1 30/1',
  longitude: '105/1 51/1 0/1',
};

/** A small JPEG carrying EXIF: author, camera serial and a GPS position (Hà Nội). */
export function jpegWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 120, height: 80, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: EXIF_SECRETS.artist, Make: 'Canon', Model: 'EOS R6' },
      IFD2: { BodySerialNumber: EXIF_SECRETS.serial },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: EXIF_SECRETS.latitude,
        GPSLongitudeRef: 'E',
        GPSLongitude: EXIF_SECRETS.longitude,
      },
    })
    .toBuffer();
}

/** True when an EXIF block holds the GPS IFD pointer (tag 0x8825, either byte order). */
export function hasGpsTag(exif: Buffer): boolean {
  return exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid 1-bit greyscale PNG of width × height
 * pixels, all black, that deflates to a few kilobytes (20000×20000 is
 * about 50 KB) but would take gigabytes to decode into RGB.
 */
export function pngBomb(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc((Math.ceil(width / 8) + 1) * height);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A File that counts how often its bytes were read. */
export class CountingFile extends File {
  reads = 0;
  override arrayBuffer(): Promise<ArrayBuffer> {
    this.reads += 1;
    return super.arrayBuffer();
  }
  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    this.reads += 1;
    return super.bytes();
  }
}
