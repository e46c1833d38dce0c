import { useState } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { fullName } from '../../people.ts';
import { Link, navigate } from '../../router.tsx';
import { usePerson } from '../people/queries.ts';
import { withQuery } from '../roll/query.ts';
import { CellMoveForm } from './CellMoveForm.tsx';
import { SuggestedCellsPanel } from './SuggestedCellsPanel.tsx';
import { usePlacementCheck } from './usePlacementCheck.ts';

/**
 * Moving a person to another cell of their centre: where they are, the suggested cells, the
 * destination with its placement check, and the reason. Back to the person's file when done.
 */
export function CellMovePage({ id }: { id: string }) {
  const { t } = useI18n();
  const file = usePerson(id);
  const [cell, setCell] = useState('');
  const [check, recheck] = usePlacementCheck(id, cell);
  const personPath = `/persons/${encodeURIComponent(id)}`;
  const name = file.data ? fullName(file.data.person) : id;
  const crumbs = (
    <Breadcrumb items={[{ label: t('persons.title'), to: '/persons' }, { label: name, to: personPath }, { label: t('cellMove.title') }]} />
  );

  if (!file.data) {
    return (
      <Page title={t('cellMove.title')} breadcrumb={crumbs}>
        <LoadState query={file} />
      </Page>
    );
  }
  const current = file.data.current;
  return (
    <Page title={t('cellMove.titlePerson', { name })} heading={t('cellMove.title')} intro={`${name} · ${id}`} breadcrumb={crumbs}>
      <section className="panel" aria-labelledby="move-current">
        <h2 id="move-current">{t('cellMove.current')}</h2>
        {current ? (
          <p className="where-path" data-testid="current-cell">
            <Link to={`/centres/${encodeURIComponent(current.centre)}`}>{current.centre}</Link>
            <span aria-hidden="true"> › </span>
            {current.location ? (
              <Link to={`/locations/${encodeURIComponent(current.location)}`} className="code">
                {current.location}
              </Link>
            ) : (
              <span className="muted">{t('person.unplaced')}</span>
            )}
          </p>
        ) : (
          <p className="where-none">{t('person.notInCustody')}</p>
        )}
        {current && current.state !== 'in' && <p className="blocked-note">{t('cellMove.notInside')}</p>}
      </section>
      {current && current.state === 'in' && (
        <div className="move-layout">
          <CellMoveForm
            person={id}
            centre={current.centre}
            cell={cell}
            onCell={setCell}
            check={check}
            recheck={recheck}
            onMoved={() => navigate(withQuery(personPath, { done: 'cell_move' }))}
          />
          <SuggestedCellsPanel person={id} chosen={cell} onChoose={setCell} />
        </div>
      )}
    </Page>
  );
}
