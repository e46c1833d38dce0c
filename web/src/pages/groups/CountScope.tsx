import type { CountScope } from '../../../../src/modules/groups/schemas.ts';
import { useI18n } from '../../i18n/index.ts';

/** A column header of member or leader counts, saying whose members they count ("Miembros hoy (nacional)"). */
export function CountHeader({ label, scope }: { label: string; scope: CountScope }) {
  const { t } = useI18n();
  return (
    <>
      {label} <span className="code-note">({t(`groupCounts.tag.${scope}`)})</span>
    </>
  );
}

/**
 * What the member and leader counts cover, as the server counted them for this user: every
 * membership in force (a national caseload), or only members in custody in the user's caseload.
 */
export function CountScopeNote({ scope }: { scope: CountScope }) {
  const { t } = useI18n();
  return (
    <p className="field-hint" data-testid="count-scope" data-scope={scope}>
      {t(`groupCounts.${scope}`)}
    </p>
  );
}
