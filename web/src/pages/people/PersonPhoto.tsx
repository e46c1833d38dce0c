import { useId, useRef, useState } from 'react';
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from '../../../../src/modules/register/schemas.ts';
import { peopleApi, type PersonDetails } from '../../api-people.ts';
import { ErrorAlert, SuccessNote } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { fullName } from '../../people.ts';
import { useUploadPhoto } from './queries.ts';

/** The file's bytes in base64 (what `PUT /persons/:id/photo` takes). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });
}

/**
 * The person's photograph, or a blank frame saying there is none; with `mayEdit`, a button to
 * upload or replace it (the server checks what the file really is; here only its size and type,
 * to say so before sending 2 MB for nothing).
 */
export function PersonPhoto({ person, centreDay, mayEdit }: { person: PersonDetails; centreDay: (instant: string) => string; mayEdit: boolean }) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = useUploadPhoto(person.id);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function send(file: File) {
    setSaved(false);
    setProblem(null);
    if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return setProblem(t('identification.photoWrongType'));
    if (file.size > PHOTO_MAX_BYTES) return setProblem(t('identification.photoTooLarge'));
    try {
      await upload.mutateAsync(await readBase64(file));
      setSaved(true);
    } catch (error) {
      setProblem(errorText(error, t));
    }
  }

  return (
    <figure className="person-photo">
      {person.hasPhoto && person.photoRecordedAt ? (
        <img src={peopleApi.photoUrl(person.id, person.photoRecordedAt)} alt={t('identification.photoAlt', { name: fullName(person) })} width={180} height={225} />
      ) : (
        <div className="person-photo-none" role="img" aria-label={t('identification.noPhoto')}>
          <svg viewBox="0 0 48 60" aria-hidden="true" focusable="false">
            <circle cx="24" cy="23" r="10" />
            <path d="M6 60c0-12 8-18 18-18s18 6 18 18z" />
          </svg>
          <span>{t('identification.noPhoto')}</span>
        </div>
      )}
      {person.photoRecordedAt && <figcaption className="cell-note">{t('identification.photoRecorded', { date: centreDay(person.photoRecordedAt) })}</figcaption>}
      {mayEdit && (
        <div className="person-photo-upload">
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={PHOTO_TYPES.join(',')}
            className="visually-hidden"
            aria-describedby={hintId}
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void send(file);
            }}
          />
          <button type="button" className="button button-secondary" disabled={upload.isPending} onClick={() => input.current?.click()}>
            {upload.isPending ? t('identification.photoUploading') : person.hasPhoto ? t('identification.replacePhoto') : t('identification.uploadPhoto')}
          </button>
          <p id={hintId} className="field-hint">
            {t('identification.photoHint')}
          </p>
          {problem && <ErrorAlert>{problem}</ErrorAlert>}
          {saved && <SuccessNote>{t('identification.photoSaved')}</SuccessNote>}
        </div>
      )}
    </figure>
  );
}
