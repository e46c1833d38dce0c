import { useState } from 'react';
import type { Arrival } from '../../api-roll.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useSession } from '../../session.ts';
import { ActionForm } from '../people/movements/ActionForm.tsx';
import { mayRecord } from '../people/movements/rules.ts';
import { CentrePicker, useChosenCentre } from '../roll/CentrePicker.tsx';
import { useCentreTime } from '../roll/clock.ts';
import { LiveNote } from '../roll/LiveNote.tsx';
import { useLiveRoll } from '../roll/queries.ts';
import { withQuery } from '../roll/query.ts';
import { useArrivals } from './queries.ts';
import '../people/movements/movements.css';

/** One person en route: who, from where, since when, the cell chosen at departure; receiving them opens the arrival's form. */
function ArrivalRow({ person, centre, open, onOpen, onClose }: { person: Arrival; centre: string; open: boolean; onOpen: () => void; onClose: () => void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const time = useCentreTime(centre);
  const name = listName(person);
  return (
    <tr data-person={person.id}>
      <th scope="row">
        {name} <span className="code-note">{person.id}</span>
      </th>
      <td>
        {mayRecord(user, 'transfer_arrival', centre) && (
          <button type="button" className={`button ${open ? 'button-primary' : 'button-secondary'}`} aria-expanded={open} aria-label={t('arrivals.receiveLabel', { name })} onClick={open ? onClose : onOpen}>
            {t('arrivals.receive')}
          </button>
        )}
      </td>
      <td>
        {person.fromName} <span className="code-note">{person.from}</span>
      </td>
      <td className="nowrap">{time.when(person.since)}</td>
      <td>{person.destinationLocation ? <span className="code">{person.destinationLocation}</span> : t('arrivals.noCell')}</td>
    </tr>
  );
}

/** The arrival of one person: when, into which cell (checked), why; below the list, so that it fits a phone. */
function ReceiveForm({ person, centre, onClose, onDone }: { person: Arrival; centre: string; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useI18n();
  const name = listName(person);
  const current = { centre: person.from, location: null, state: 'en_route' as const, outReason: null, since: person.since };
  return (
    <section className="panel" aria-labelledby={`arrival-${person.id}`}>
      <h2 id={`arrival-${person.id}`}>{t('arrivals.formLabel', { name })}</h2>
      <ActionForm
        personId={person.id}
        current={current}
        action="transfer_arrival"
        destination={centre}
        label={t('arrivals.formLabel', { name })}
        onCancel={onClose}
        onRecorded={() => onDone(t('arrivals.done', { name }))}
      />
    </section>
  );
}

/**
 * The people en route to a centre (a transfer departed, not yet received), longest on the road
 * first. Receiving one records the arrival: now or at the time given, into the cell chosen at
 * departure, another cell (with the placement check) or none.
 */
export function ArrivalsPage() {
  const { t, tn } = useI18n();
  const { centre, name } = useChosenCentre();
  const arrivals = useArrivals(centre);
  const live = useLiveRoll(centre || undefined, Boolean(centre));
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const people = arrivals.data ?? [];
  const chosen = people.find((p) => p.id === open) ?? null;

  return (
    <Page
      title={centre ? t('arrivals.titleCentre', { centre }) : t('arrivals.title')}
      heading={t('arrivals.title')}
      intro={centre ? name : t('arrivals.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('arrivals.title') }]} />}
    >
      <CentrePicker path="/roll/arrivals" />
      {centre && <LoadState query={arrivals} />}
      {arrivals.data && (
        <>
          <p>{t('arrivals.intro')}</p>
          <LiveNote status={live} updatedAt={null} announcement={null} centre={centre} />
          {done && <SuccessNote>{done}</SuccessNote>}
          {people.length === 0 ? (
            <p className="empty-state">{t('arrivals.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact movement-list" data-testid="arrivals-list">
                <caption>{tn('arrivals.caption', people.length, { centre })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('arrivals.col.person')}</th>
                    <th scope="col">{t('arrivals.col.action')}</th>
                    <th scope="col">{t('arrivals.col.from')}</th>
                    <th scope="col">{t('arrivals.col.since')}</th>
                    <th scope="col">{t('arrivals.col.cell')}</th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((p) => (
                    <ArrivalRow
                      key={p.id}
                      person={p}
                      centre={centre}
                      open={open === p.id}
                      onOpen={() => setOpen(p.id)}
                      onClose={() => setOpen(null)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {chosen && (
            <ReceiveForm
              key={chosen.id}
              person={chosen}
              centre={centre}
              onClose={() => setOpen(null)}
              onDone={(text) => {
                setOpen(null);
                setDone(text);
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
