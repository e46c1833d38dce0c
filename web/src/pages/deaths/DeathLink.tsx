import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { mayDeaths } from './roles.ts';

/** "Registro de fallecimiento": the register entry of a dead person, for those who may read it (nothing for others). */
export function DeathLink({ person, label = 'death.link' }: { person: string; label?: 'death.link' | 'death.personLink' }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (!mayDeaths(user, 'read')) return null;
  return (
    <Link to={`/deaths/${encodeURIComponent(person)}`} className="cell-note death-link">
      {t(label)}
    </Link>
  );
}
