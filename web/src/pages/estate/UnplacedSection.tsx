import { useState } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreZone } from '../../queries.ts';
import { OccupantsTable } from './OccupantsTable.tsx';
import { useUnplaced } from './queries.ts';

function UnplacedList({ code }: { code: string }) {
  const { t } = useI18n();
  const unplaced = useUnplaced(code);
  const timeZone = useCentreZone(code);
  return (
    <>
      <LoadState query={unplaced} />
      {unplaced.data && <OccupantsTable occupants={unplaced.data} caption={t('centre.unplacedCaption', { count: unplaced.data.length })} timeZone={timeZone} />}
    </>
  );
}

/** The people on the centre's roll not placed in any cell (just admitted, say), listed on request. */
export function UnplacedSection({ code, count }: { code: string; count: number }) {
  const { t, tn } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <section id="unplaced" className="panel" aria-labelledby="unplaced-title" tabIndex={-1}>
      <h2 id="unplaced-title">{t('centre.unplacedTitle')}</h2>
      {count === 0 ? (
        <p className="muted">{t('centre.unplacedNone')}</p>
      ) : (
        <>
          <p>{tn('centre.unplacedText', count)}</p>
          <button type="button" className="button button-secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
            {t(shown ? 'centre.unplacedHide' : 'centre.unplacedShow')}
          </button>
          {shown && (
            <div className="panel-table">
              <UnplacedList code={code} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
