import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { snapshotCounts, useTestApp } from '../../server/testing.ts';
import { admissionBody, personBody, pngImage } from './testing.ts';

/** A new person without a register number: the system issues one. */
const unnumbered = (familyNames: string) => {
  const { id: _id, ...rest } = personBody('X', { familyNames });
  return rest;
};

describe('identification: register numbers, physical description, photograph, release date', () => {
  const t = useTestApp();

  async function centre(code: string) {
    await t.addCentre(code);
    const officer = await t.addUser(`guia.${code.toLowerCase()}`, ['officer'], [code]);
    const classifier = await t.addUser(`clasif.${code.toLowerCase()}`, ['classification'], [code]);
    return { officer, classifier };
  }

  const auditOf = async (person: string, action: string) =>
    t.db.raw(`select old_values as old, new_values as new from audit_log where subject_id = '${person}' and action = '${action}' order by id`);

  it('issues the next number of the admitting centre, skipping numbers already taken, and keeps a number given', async () => {
    const { officer } = await centre('NUMA');
    const admit = async (person: Record<string, unknown>) => {
      const answer = await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(person, 'NUMA'));
      expect(answer.statusCode, answer.body).toBe(201);
      return (answer.json() as { person: string }).person;
    };
    expect(await admit({ ...unnumbered('Primero'), nationalId: '0911111111' })).toBe('NUMA-000001');
    // A number of the series typed (a person who already had it): kept, and skipped by the series.
    expect(await admit(personBody('NUMA-000002'))).toBe('NUMA-000002');
    expect(await admit(personBody('LEGACY-17'))).toBe('LEGACY-17');
    expect(await admit(unnumbered('Tercero'))).toBe('NUMA-000003');
    const file = await t.as(officer, 'GET', '/api/v1/persons/NUMA-000003');
    expect(file.json().person).toMatchObject({ id: 'NUMA-000003', familyNames: 'Tercero' });
    const [created] = await auditOf('NUMA-000003', 'person.created');
    expect(created?.new).toMatchObject({ id: 'NUMA-000003', registerNumberIssued: true });
    // An admission refused after its number was issued (the ID is someone else's) leaves no one
    // holding it: the next admission takes it.
    const refused = await t.as(officer, 'POST', '/api/v1/admissions', admissionBody({ ...unnumbered('Cuarto'), nationalId: '0911111111' }, 'NUMA'));
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'PERSON_NATIONAL_ID_TAKEN']);
    expect(await admit(unnumbered('Quinto'))).toBe('NUMA-000004');
  });

  it('gives twenty admissions at once twenty different consecutive numbers', async () => {
    const { officer } = await centre('PARA');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.as(officer, 'POST', '/api/v1/admissions', admissionBody(unnumbered(`Paralelo ${i}`), 'PARA'))),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(new Array(20).fill(201));
    const numbers = answers.map((a) => (a.json() as { person: string }).person).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `PARA-${String(i + 1).padStart(6, '0')}`));
  });

  it('records the physical description on the file, audited with before and after, within the caseload only', async () => {
    const { officer, classifier } = await centre('DSCA');
    const other = await centre('DSCB');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('DSCA-001'), 'DSCA'))).statusCode).toBe(201);
    const description = { heightCm: 172, weightKg: 70, hair: 'Negro, corto', eyes: 'Cafés', marks: 'Cicatriz de 4 cm en la ceja izquierda', tattoos: 'Rosa en el antebrazo derecho' };

    const before = await snapshotCounts(t.db);
    const elsewhere = await t.as(other.officer, 'PUT', '/api/v1/persons/DSCA-001/description', description);
    const nobody = await t.as(other.officer, 'PUT', '/api/v1/persons/NOBODY-001/description', description);
    expect([elsewhere.statusCode, nobody.statusCode]).toEqual([404, 404]);
    expect((await t.as(classifier, 'PUT', '/api/v1/persons/DSCA-001/description', description)).statusCode).toBe(403);
    const tooTall = await t.as(officer, 'PUT', '/api/v1/persons/DSCA-001/description', { ...description, heightCm: 320 });
    expect([tooTall.statusCode, tooTall.json().error.field]).toEqual([400, 'heightCm']);
    const hostile = await t.as(officer, 'PUT', '/api/v1/persons/DSCA-001/description', { ...description, tattoos: 'a\u0000b' });
    expect([hostile.statusCode, hostile.json().error.field]).toEqual([400, 'tattoos']);
    expect(await snapshotCounts(t.db)).toEqual(before);

    const saved = await t.as(officer, 'PUT', '/api/v1/persons/DSCA-001/description', description);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await t.as(officer, 'GET', '/api/v1/persons/DSCA-001')).json().person).toMatchObject({ ...description, hasPhoto: false, photoRecordedAt: null });
    const changed = await t.as(officer, 'PUT', '/api/v1/persons/DSCA-001/description', { ...description, weightKg: 74, marks: '' });
    expect(changed.json()).toMatchObject({ weightKg: 74, marks: null });
    const entries = await auditOf('DSCA-001', 'person.description_changed');
    expect(entries.map((e) => [e.old, e.new])).toEqual([
      [{ heightCm: null, weightKg: null, hair: null, eyes: null, marks: null, tattoos: null }, description],
      [description, { ...description, weightKg: 74, marks: null }],
    ]);
  });

  it('keeps a photograph checked by its bytes, serves it privately within the caseload, and audits its hash', async () => {
    const { officer } = await centre('FOTA');
    const other = await centre('FOTB');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('FOTA-001'), 'FOTA'))).statusCode).toBe(201);
    const png = pngImage();
    const upload = (who: typeof officer, bytes: Buffer, id = 'FOTA-001') => t.as(who, 'PUT', `/api/v1/persons/${id}/photo`, { photo: bytes.toString('base64') });

    expect((await t.as(officer, 'GET', '/api/v1/persons/FOTA-001/photo')).statusCode).toBe(404);
    const before = await snapshotCounts(t.db);
    // A GIF, a PDF, an SVG named anything: refused by what they are.
    for (const bytes of [Buffer.from('GIF89a......................'), Buffer.from('%PDF-1.7 ......................'), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')]) {
      const refused = await upload(officer, bytes);
      expect([refused.statusCode, refused.json().error.field]).toEqual([400, 'photo']);
    }
    const notBase64 = await t.as(officer, 'PUT', '/api/v1/persons/FOTA-001/photo', { photo: 'not base64!' });
    expect([notBase64.statusCode, notBase64.json().error.field]).toEqual([400, 'photo']);
    const tooLarge = await upload(officer, Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]));
    expect([tooLarge.statusCode, tooLarge.json().error.field]).toEqual([400, 'photo']);
    const huge = await t.as(officer, 'PUT', '/api/v1/persons/FOTA-001/photo', { photo: 'A'.repeat(10 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('VALIDATION_FAILED');
    expect((await upload(other.officer, png)).statusCode).toBe(404);
    expect((await upload(other.officer, png, 'NOBODY-001')).statusCode).toBe(404);
    expect(await snapshotCounts(t.db)).toEqual(before);

    const saved = await upload(officer, png);
    expect(saved.statusCode, saved.body).toBe(200);
    const sha256 = createHash('sha256').update(png).digest('hex');
    expect(saved.json()).toMatchObject({ contentType: 'image/png', bytes: png.length, sha256 });

    const photo = await t.as(officer, 'GET', '/api/v1/persons/FOTA-001/photo');
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['cache-control']).toMatch(/^private/);
    expect(photo.rawPayload.equals(png)).toBe(true);
    expect((await t.as(other.officer, 'GET', '/api/v1/persons/FOTA-001/photo')).statusCode).toBe(404);
    expect((await t.as(null, 'GET', '/api/v1/persons/FOTA-001/photo')).statusCode).toBe(401);
    expect((await t.as(officer, 'GET', '/api/v1/persons/FOTA-001')).json().person).toMatchObject({ hasPhoto: true, photoRecordedAt: expect.any(String) });

    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]);
    expect((await upload(officer, jpeg)).json()).toMatchObject({ contentType: 'image/jpeg' });
    expect((await t.as(officer, 'GET', '/api/v1/persons/FOTA-001/photo')).headers['content-type']).toBe('image/jpeg');
    const entries = await auditOf('FOTA-001', 'person.photo_recorded');
    expect(entries.map((e) => [e.old, e.new])).toEqual([
      [null, { contentType: 'image/png', bytes: png.length, sha256 }],
      [{ contentType: 'image/png', sha256 }, { contentType: 'image/jpeg', bytes: jpeg.length, sha256: createHash('sha256').update(jpeg).digest('hex') }],
    ]);
  });

  it('shows the sentence and its computed release date, counting preventive detention', async () => {
    const { officer, classifier } = await centre('SENA');
    expect((await t.as(officer, 'POST', '/api/v1/admissions', admissionBody(personBody('SENA-001'), 'SENA'))).statusCode).toBe(201);
    const pretrial = (await t.as(officer, 'GET', '/api/v1/persons/SENA-001')).json().episodes[0];
    expect([pretrial.sentenceStart, pretrial.releaseDate]).toEqual([null, null]);
    const sentenced = await t.as(classifier, 'POST', '/api/v1/persons/SENA-001/legal-status', { legalStatus: 'sentenced', since: '2025-10-15', sentenceMonths: 30, note: null });
    expect(sentenced.statusCode, sentenced.body).toBe(200);
    // In preventive detention since 21 September 2025: 30 months from then.
    expect((await t.as(officer, 'GET', '/api/v1/persons/SENA-001')).json().episodes[0]).toMatchObject({ sentenceMonths: 30, sentenceStart: '2025-09-21', releaseDate: '2028-03-21' });
    await t.as(classifier, 'POST', '/api/v1/persons/SENA-001/legal-status', { legalStatus: 'sentenced', since: '2025-10-20', sentenceMonths: null, note: null });
    expect((await t.as(officer, 'GET', '/api/v1/persons/SENA-001')).json().episodes[0]).toMatchObject({ sentenceMonths: null, releaseDate: null });

    // Admitted sentenced at 21:30 in Guayaquil (already the next day in UTC): counted from that evening's day.
    const evening = { ...admissionBody(personBody('SENA-002'), 'SENA'), admittedAt: '2025-09-22T21:30:00-05:00', legalStatus: 'sentenced', pretrialSince: null, sentenceMonths: 12 };
    expect((await t.as(officer, 'POST', '/api/v1/admissions', evening)).statusCode).toBe(201);
    expect((await t.as(officer, 'GET', '/api/v1/persons/SENA-002')).json().episodes[0]).toMatchObject({ sentenceStart: '2025-09-22', releaseDate: '2026-09-22' });
  });
});
