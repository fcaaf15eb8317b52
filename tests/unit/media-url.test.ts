import { describe, expect, it } from 'vitest';
import { mediaUrl } from '../../lib/articles/dto';

// Uploads get random names, but files placed by an import may carry spaces
// and Vietnamese letters: each path segment is encoded on its own.
describe('mediaUrl', () => {
  it('encodes every segment, keeping the slashes between them', () => {
    expect(mediaUrl('2024/04/hop bao.png')).toBe('/media/2024/04/hop%20bao.png');
    expect(mediaUrl('bai viet/anh 1.png')).toBe('/media/bai%20viet/anh%201.png');
    expect(mediaUrl('anh/bia.png')).toBe('/media/anh/bia.png');
  });
});
