import type { Person } from '../../api-people.ts';
import { countryName } from '../../countries.ts';
import { useI18n } from '../../i18n/index.ts';
import { ageOn, todayIn } from '../../time.ts';
import { useCentreTime } from '../roll/clock.ts';

/**
 * Names, aliases, numbers, birth date with age, sex and nationality. The age is counted on the
 * day it is at `centre` (where the person is or was last held): Galápagos is an hour behind.
 */
export function PersonIdentity({ person, centre }: { person: Person; centre: string | null }) {
  const { t, formatDate, language } = useI18n();
  const { zone } = useCentreTime(centre);
  const none = <span className="muted">—</span>;
  return (
    <section className="panel" aria-labelledby="person-identity">
      <h2 id="person-identity">{t('person.identity')}</h2>
      <dl className="facts facts-columns">
        <div>
          <dt>{t('person.givenNames')}</dt>
          <dd>{person.givenNames}</dd>
        </div>
        <div>
          <dt>{t('person.familyNames')}</dt>
          <dd>{person.familyNames}</dd>
        </div>
        <div>
          <dt>{t('person.aliases')}</dt>
          <dd>{person.aliases.length > 0 ? person.aliases.join(', ') : none}</dd>
        </div>
        <div>
          <dt>{t('person.id')}</dt>
          <dd className="code">{person.id}</dd>
        </div>
        <div>
          <dt>{t('person.nationalId')}</dt>
          <dd className="code">{person.nationalId ?? none}</dd>
        </div>
        <div>
          <dt>{t('person.birthDate')}</dt>
          <dd>
            {person.birthDate
              ? t('person.birthDateAge', { date: formatDate(person.birthDate), age: ageOn(person.birthDate, todayIn(zone)) })
              : none}
          </dd>
        </div>
        <div>
          <dt>{t('person.sex')}</dt>
          <dd>{t(`personSex.${person.sex}`)}</dd>
        </div>
        <div>
          <dt>{t('person.nationality')}</dt>
          <dd>{countryName(person.nationality, language)}</dd>
        </div>
      </dl>
    </section>
  );
}
