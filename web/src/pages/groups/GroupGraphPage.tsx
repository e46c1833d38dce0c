import { useState, type FormEvent } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { GraphDrawing } from './GraphDrawing.tsx';
import { GraphTables } from './GraphTables.tsx';
import { useGroupGraph } from './queries.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The network of criminal groups on a day: the drawing, its legend, and the same facts as tables. */
export function GroupGraphPage() {
  const { t, formatDate } = useI18n();
  const asked = useSearchParam('day');
  const day = DAY.test(asked) ? asked : '';
  const graph = useGroupGraph(day);
  const [draft, setDraft] = useState(day);

  function show(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(withQuery('/groups/graph', { day: DAY.test(draft) ? draft : undefined }));
  }

  return (
    <Page
      title={t('graph.title')}
      intro={graph.data ? t('graph.intro', { day: formatDate(graph.data.day) }) : undefined}
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
      <LoadState query={graph} />
      {graph.data &&
        (graph.data.nodes.length === 0 ? (
          <p className="empty-state">{t('groups.empty')}</p>
        ) : (
          <>
            <GraphDrawing graph={graph.data} />
            <GraphTables graph={graph.data} />
          </>
        ))}
    </Page>
  );
}
