import { createHash } from 'node:crypto';
import { gradientPng, type Rgb } from './png';

export type Placeholder = {
  /** Relative to the media folder; the content hash makes it safe to cache forever. */
  path: string;
  bytes: Buffer;
  mimeType: 'image/png';
  width: number;
  height: number;
};

// Soft, low-contrast pairs (top, bottom): a placeholder must not look like news.
const PALETTE: readonly (readonly [Rgb, Rgb])[] = [
  [
    [223, 233, 242],
    [176, 198, 219],
  ],
  [
    [226, 238, 230],
    [178, 207, 188],
  ],
  [
    [240, 234, 222],
    [212, 193, 160],
  ],
  [
    [236, 228, 238],
    [196, 178, 204],
  ],
];

const WIDTH = 640;
const HEIGHT = 360;

/**
 * A 640x360 gradient PNG standing in for a photo the source names but does
 * not supply (nothing is downloaded or hotlinked). Same slug, same bytes.
 */
export function placeholderImage(slug: string): Placeholder {
  const digest = createHash('sha256').update(slug).digest();
  const [top, bottom] = PALETTE[(digest[0] ?? 0) % PALETTE.length] ?? PALETTE[0]!;
  const bytes = gradientPng(WIDTH, HEIGHT, top, bottom);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  return {
    path: `seed/${slug}-${hash}.png`,
    bytes,
    mimeType: 'image/png',
    width: WIDTH,
    height: HEIGHT,
  };
}
