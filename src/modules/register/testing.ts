import { deflateSync } from 'node:zlib';

/** Request bodies for tests that admit people over HTTP, and a photograph to upload (test files only). */

/** A new person for an admission: a man of Ecuador born in 1979, `overrides` on top. */
export function personBody(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, nationalId: null, givenNames: 'José Adolfo', familyNames: `Macías ${id}`, aliases: [], birthDate: '1979-11-15', sex: 'M', nationality: 'ECU', ...overrides };
}

/** The body of `POST /api/v1/admissions` of `person` (a new one, or `{ id }` of a known one) into `to`: pretrial, low risk. */
export function admissionBody(person: Record<string, unknown>, to: string): Record<string, unknown> {
  return {
    person,
    to,
    admittedAt: '2025-09-22T06:30:00-05:00',
    arrestedAt: null,
    commitmentOrder: 'Boleta 1-2025',
    issuingAuthority: 'Unidad Judicial',
    injuriesOnArrival: null,
    offence: 'robbery',
    maxPenaltyYears: 5,
    legalStatus: 'pretrial',
    pretrialSince: '2025-09-21',
    risk: 'low',
    nextOfKin: [],
  };
}

/**
 * The body of `POST /api/v1/admissions` of a new man named `givenNames familyNames` into `to` on
 * 20 September 2025: untried in pavilion 1 of the Litoral (which holds untried people only,
 * Mandela rule 11 b), sentenced anywhere else.
 */
export function namedAdmissionBody(id: string, givenNames: string, familyNames: string, to: string): Record<string, unknown> {
  return {
    person: personBody(id, { givenNames, familyNames }),
    to,
    admittedAt: '2025-09-20T10:00:00-05:00',
    commitmentOrder: `Boleta ${id}`,
    issuingAuthority: 'Unidad Judicial Penal',
    offence: 'robbery',
    maxPenaltyYears: 5,
    ...(to.startsWith('LIT-P1') ? { legalStatus: 'pretrial', pretrialSince: '2025-09-19' } : { legalStatus: 'sentenced', sentenceMonths: 60 }),
  };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
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
 * A real PNG image (8-bit RGB) of `width` × `height`, each pixel's colour from `colour`: a
 * photograph to upload that any browser draws. The default is a grey head and shoulders on a
 * light background.
 */
export function pngImage(width = 48, height = 60, colour?: (x: number, y: number) => [number, number, number]): Buffer {
  const portrait = (x: number, y: number): [number, number, number] => {
    const head = (x - width / 2) ** 2 + (y - height * 0.38) ** 2 < (width * 0.22) ** 2;
    const shoulders = y > height * 0.68 && Math.abs(x - width / 2) < width * 0.4;
    return head || shoulders ? [90, 96, 110] : [226, 232, 240];
  };
  const pick = colour ?? portrait;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(pick(x, y), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
