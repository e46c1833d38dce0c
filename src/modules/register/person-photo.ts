import { createHash } from 'node:crypto';
import type { Database, Queryable } from '../../db/engine.ts';
import type { Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { isPersonVisible } from './find-custody.ts';
import { photoTypeOf } from './photo-format.ts';
import { selectPersonsWithPhotos, selectPhoto, selectPhotoDigest, selectResponsibleCentre, selectTakenIds, upsertPhoto } from './repository.ts';
import { PHOTO_MAX_BYTES, type PhotoType } from './schemas.ts';

export interface PhotoRecord {
  contentType: PhotoType;
  bytes: number;
  sha256: string;
  recordedAt: Date;
}

/**
 * Records a person's photograph (JPEG, PNG or WebP, up to 2 MiB, recognised by its first bytes),
 * replacing the one on file. With a principal, only for a person of their caseload (anyone
 * else: NOT_FOUND). The audit entry keeps the SHA-256 of the bytes, before and after, never the
 * bytes.
 */
export async function recordPhoto(
  db: Database,
  context: AuditContext,
  input: { person: string; data: Buffer },
  principal?: Pick<Principal, 'caseload'>,
): Promise<PhotoRecord> {
  const { person, data } = input;
  if (data.length > PHOTO_MAX_BYTES) throw new AppError('PHOTO_TOO_LARGE', { max: '2 MB' }, 'photo');
  const contentType = photoTypeOf(data);
  if (!contentType) throw new AppError('PHOTO_INVALID', {}, 'photo');
  const recorded: PhotoRecord = { contentType, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex'), recordedAt: nowIn(context) };
  return runAudited(db, context, async (w) => {
    if (principal && !(await isPersonVisible(w.tx, principal, person))) throw new AppError('NOT_FOUND');
    if ((await selectTakenIds(w.tx, [person])).size === 0) throw new AppError('PERSON_NOT_FOUND', { id: person }, 'person');
    const old = await selectPhotoDigest(w.tx, person);
    await upsertPhoto(w.tx, { person, contentType, data, recordedAt: recorded.recordedAt, recordedBy: context.actor.username });
    w.audit({
      action: 'person.photo_recorded',
      subjectType: 'person',
      subjectId: person,
      centre: (await selectResponsibleCentre(w.tx, person))?.centre ?? null,
      old: old ? { contentType: old.contentType, sha256: old.sha256 } : null,
      new: { contentType, bytes: recorded.bytes, sha256: recorded.sha256 },
    });
    return recorded;
  });
}

/** A person's photograph, under the same caseload rule as their file; NOT_FOUND when there is none. */
export async function readPhoto(db: Queryable, principal: Pick<Principal, 'caseload'>, person: string): Promise<{ contentType: PhotoType; data: Buffer; recordedAt: Date }> {
  if (!(await isPersonVisible(db, principal, person))) throw new AppError('PERSON_NOT_FOUND', { id: person });
  const photo = await selectPhoto(db, person);
  if (!photo) throw new AppError('PHOTO_NOT_FOUND', { id: person });
  return photo;
}

/** Which of these people have a photograph on file (lists that show it: the missing list, the roll sheet). */
export async function personsWithPhotos(db: Queryable, people: readonly string[]): Promise<Set<string>> {
  return selectPersonsWithPhotos(db, people);
}
