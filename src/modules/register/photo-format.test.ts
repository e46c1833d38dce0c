import { describe, expect, it } from 'vitest';
import { photoTypeOf } from './photo-format.ts';

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const zeros = (n: number) => new Array<number>(n).fill(0);

describe('recognising a photograph by its first bytes', () => {
  it('takes PNG, JPEG and WebP', () => {
    expect(photoTypeOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', zeros(8)))).toBe('image/png');
    expect(photoTypeOf(bytes([0xff, 0xd8, 0xff, 0xe0], zeros(12)))).toBe('image/jpeg');
    expect(photoTypeOf(bytes('RIFF', [8, 0, 0, 0], 'WEBPVP8 ', zeros(4)))).toBe('image/webp');
  });

  it('refuses other files, whatever they are called', () => {
    expect(photoTypeOf(bytes('GIF89a', zeros(20)))).toBeNull();
    expect(photoTypeOf(bytes('%PDF-1.7', zeros(20)))).toBeNull();
    expect(photoTypeOf(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    // A PNG signature with nothing after it, a WebP whose size says it is longer than it is.
    expect(photoTypeOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
    expect(photoTypeOf(bytes('RIFF', [0xff, 0xff, 0, 0], 'WEBPVP8 ', zeros(4)))).toBeNull();
    expect(photoTypeOf(new Uint8Array())).toBeNull();
  });
});
