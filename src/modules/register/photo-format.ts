import type { PhotoType } from './schemas.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((b, i) => bytes[at + i] === b);

/**
 * What kind of image `bytes` hold, by their first bytes (the format's signature), or null: a
 * file is taken for what it is, not for what its name or the request says it is. PNG: the
 * 8-byte signature and an IHDR chunk first; JPEG: SOI and a marker; WebP: a RIFF container of
 * type WEBP whose size fits the bytes.
 */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 24 && startsWith(bytes, PNG) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  if (bytes.length >= 4 && startsWith(bytes, JPEG)) return 'image/jpeg';
  if (bytes.length >= 16 && startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) {
    const declared = (bytes[4] ?? 0) | ((bytes[5] ?? 0) << 8) | ((bytes[6] ?? 0) << 16) | ((bytes[7] ?? 0) << 24);
    if (declared >>> 0 <= bytes.length - 8) return 'image/webp';
  }
  return null;
}
