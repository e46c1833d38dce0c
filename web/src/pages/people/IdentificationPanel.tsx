import { useState } from 'react';
import type { PersonDetails } from '../../api-people.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { useCentreTime } from '../roll/clock.ts';
import { DescriptionForm } from './DescriptionForm.tsx';
import { PersonPhoto } from './PersonPhoto.tsx';
import { may } from './roles.ts';

/**
 * How to recognise the person — photograph, height, weight, hair, eyes, scars and marks,
 * tattoos — what an emergency count and a recapture depend on. Staff who may register people
 * upload the photograph and record the description.
 */
export function IdentificationPanel({ person, centre }: { person: PersonDetails; centre: string | null }) {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const { day } = useCentreTime(centre);
  const mayEdit = may(user, 'identify');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const none = <span className="muted">{t('common.notRecorded')}</span>;
  const described = [person.heightCm, person.weightKg, person.hair, person.eyes, person.marks, person.tattoos].some((v) => v !== null);

  return (
    <section className="panel" aria-labelledby="person-identification" data-testid="identification">
      <h2 id="person-identification">{t('identification.title')}</h2>
      <p className="panel-intro muted">{t('identification.intro')}</p>
      <div className="identification">
        <PersonPhoto person={person} centreDay={day} mayEdit={mayEdit} />
        <div className="identification-description">
          <h3>{t('identification.description')}</h3>
          {saved && <SuccessNote>{t('identification.saved')}</SuccessNote>}
          {editing ? (
            <DescriptionForm
              personId={person.id}
              current={person}
              onSaved={() => {
                setEditing(false);
                setSaved(true);
              }}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <>
              {!described && <p className="muted">{t('identification.noDescription')}</p>}
              {described && (
                <dl className="facts">
                  <div>
                    <dt>{t('identification.height')}</dt>
                    <dd>{person.heightCm === null ? none : t('identification.heightValue', { value: formatNumber(person.heightCm) })}</dd>
                  </div>
                  <div>
                    <dt>{t('identification.weight')}</dt>
                    <dd>{person.weightKg === null ? none : t('identification.weightValue', { value: formatNumber(person.weightKg) })}</dd>
                  </div>
                  <div>
                    <dt>{t('identification.hair')}</dt>
                    <dd>{person.hair ?? none}</dd>
                  </div>
                  <div>
                    <dt>{t('identification.eyes')}</dt>
                    <dd>{person.eyes ?? none}</dd>
                  </div>
                  <div className="facts-wide">
                    <dt>{t('identification.marks')}</dt>
                    <dd className="prewrap">{person.marks ?? none}</dd>
                  </div>
                  <div className="facts-wide">
                    <dt>{t('identification.tattoos')}</dt>
                    <dd className="prewrap">{person.tattoos ?? none}</dd>
                  </div>
                </dl>
              )}
              {mayEdit && (
                <div className="form-actions">
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => {
                      setSaved(false);
                      setEditing(true);
                    }}
                  >
                    {described ? t('identification.edit') : t('identification.record')}
                  </button>
                </div>
              )}
            </>
          )}
        </div>
      </div>
    </section>
  );
}
