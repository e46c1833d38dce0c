import { useI18n } from '../../i18n/index.ts';

/**
 * A person's photograph from the register (`GET /persons/:id/photo`), or a box saying there is
 * none: for the printed lists officers identify people by (the missing list, the roll sheet).
 */
export function PersonPhoto({ id, name, held }: { id: string; name: string; held: boolean }) {
  const { t } = useI18n();
  return held ? (
    <img src={`/api/v1/persons/${encodeURIComponent(id)}/photo`} alt={t('missingScale.photoOf', { name })} loading="lazy" />
  ) : (
    <span className="missing-no-photo">{t('missingScale.noPhoto')}</span>
  );
}
