import { useCallback, useState, type FormEvent } from 'react';
import { housingApi } from '../../api-housing.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useLoad } from '../../useLoad.ts';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { GraphDrawing } from './GraphDrawing.tsx';
import { GraphTables } from './GraphTables.tsx';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The network of criminal groups on a day: the drawing, its legend, and the same facts as tables. */
export function GroupGraphPage() {
  const { t, formatDate } = useI18n();
  const asked = useSearchParam('day');
  const day = DAY.test(asked) ? asked : '';
  const fetchGraph = useCallback(() => housingApi.graph(day || undefined), [day]);
  const [load, reload] = useLoad(fetchGraph, day);
  const [draft, setDraft] = useState(day);

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(withQuery('/groups/graph', { day: DAY.test(draft) ? draft : undefined }));
  }

  return (
    <Page
      title={t('graph.title')}
      intro={load.status === 'ready' ? t('graph.intro', { day: formatDate(load.data.day) }) : undefined}
      breadcrumb={<Breadcrumb items={[{ label: t('groups.title'), to: '/groups' }, { label: t('graph.title') }]} />}
    >
      <form className="filter-bar" onSubmit={show} aria-label={t('graph.dayForm')}>
        <TextField type="date" label={t('graph.day')} hint={t('graph.dayHint')} value={draft} onChange={setDraft} />
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('graph.show')}
          </button>
        </div>
      </form>
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' &&
        (load.data.nodes.length === 0 ? (
          <p className="empty-state">{t('groups.empty')}</p>
        ) : (
          <>
            <GraphDrawing graph={load.data} />
            <GraphTables graph={load.data} />
          </>
        ))}
    </Page>
  );
}
