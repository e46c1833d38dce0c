import { useState } from 'react';
import type { Occupant } from '../../api-roll.ts';
import { ErrorAlert, SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { mayRecord, type MovementAction } from '../people/movements/rules.ts';
import { useRecordMovement } from '../people/queries.ts';
import { CentrePicker, useChosenCentre } from '../roll/CentrePicker.tsx';
import { useCentreTime } from '../roll/clock.ts';
import { LiveNote } from '../roll/LiveNote.tsx';
import { useLiveRoll } from '../roll/queries.ts';
import { withQuery } from '../roll/query.ts';
import { usePeopleOut } from './queries.ts';
import '../people/movements/movements.css';

const RETURN: Partial<Record<NonNullable<Occupant['outReason']>, MovementAction>> = { court: 'court_return', hospital: 'hospital_return' };

/** One person out: their return, in one click, back to their cell at the server's time. */
function ReturnButton({ person, centre, onDone }: { person: Occupant; centre: string; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const record = useRecordMovement(person.id);
  const action = person.outReason ? RETURN[person.outReason] : undefined;
  const name = listName(person);
  if (!action || !mayRecord(user, action, centre)) return null;
  return (
    <>
      <button
        type="button"
        className="button button-primary"
        aria-label={t('outList.backLabel', { name })}
        disabled={record.isPending}
        onClick={() => record.mutate({ type: action }, { onSuccess: () => onDone(t('outList.done', { name })) })}
      >
        {record.isPending ? t('common.saving') : t('outList.back')}
      </button>
      {record.error && <ErrorAlert>{errorText(record.error, t)}</ErrorAlert>}
    </>
  );
}

/**
 * The people of a centre out now (court, hospital), longest out first, each brought back in one
 * click when they return (to their own cell; another cell or another time from their page). The
 * roll's stream keeps the list current.
 */
export function OutPage() {
  const { t, tn } = useI18n();
  const { centre, name } = useChosenCentre();
  const time = useCentreTime(centre);
  const out = usePeopleOut(centre);
  const live = useLiveRoll(centre || undefined, Boolean(centre));
  const [done, setDone] = useState<string | null>(null);
  const today = time.day(new Date().toISOString());
  const people = out.data ?? [];

  return (
    <Page
      title={centre ? t('outList.titleCentre', { centre }) : t('outList.title')}
      heading={t('outList.title')}
      intro={centre ? name : t('outList.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('outList.title') }]} />}
    >
      <CentrePicker path="/roll/out" />
      {centre && <LoadState query={out} />}
      {out.data && (
        <>
          <p>{t('outList.intro')}</p>
          <LiveNote status={live} updatedAt={null} announcement={null} centre={centre} />
          {done && <SuccessNote>{done}</SuccessNote>}
          {people.length === 0 ? (
            <p className="empty-state">{t('outList.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact movement-list" data-testid="out-list">
                <caption>{tn('outList.caption', people.length, { centre })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('outList.col.person')}</th>
                    <th scope="col">{t('outList.col.action')}</th>
                    <th scope="col">{t('outList.col.why')}</th>
                    <th scope="col">{t('outList.col.since')}</th>
                    <th scope="col">{t('outList.col.cell')}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p) => (
                    <tr key={p.id} data-person={p.id}>
                      <th scope="row">
                        <Link to={`/persons/${encodeURIComponent(p.id)}`}>{listName(p)}</Link> <span className="code-note">{p.id}</span>
                      </th>
                      <td>
                        <ReturnButton person={p} centre={centre} onDone={setDone} />
                      </td>
                      <td>{t(`personState.out.${p.outReason ?? 'other'}` as MessageKey)}</td>
                      <td className="nowrap">
                        {time.when(p.since)} {time.day(p.since) === today && <span className="tag">{t('outList.today')}</span>}
                      </td>
                      <td className="code">{p.location ?? t('outList.noCell')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
