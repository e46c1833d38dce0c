import { useState } from 'react';
import type { NonAssociationView, TogetherNow } from '../../../../src/modules/housing/schemas.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { NonAssociationForm } from './NonAssociationForm.tsx';
import { NonAssociationStatusForm } from './NonAssociationStatusForm.tsx';
import { OpenFormButton } from './OpenFormButton.tsx';
import { useNonAssociations, usePersonZone } from './queries.ts';
import { mayHousing } from './roles.ts';

/** The person as one side of a record: who the other is, and each one's part. */
function sides(record: NonAssociationView, personId: string) {
  const isA = record.personA === personId;
  return {
    other: isA ? record.personB : record.personA,
    otherName: isA ? record.nameB : record.nameA,
    ownRole: isA ? record.roleA : record.roleB,
    otherRole: isA ? record.roleB : record.roleA,
  };
}

/** Who this person must be kept apart from (open first), why and where, with each record's history. */
export function NonAssociationsPanel({ personId }: { personId: string }) {
  const { t, formatWhen } = useI18n();
  const { user } = useSession();
  const manage = mayHousing(user, 'non_association.manage');
  const read = useNonAssociations(personId);
  const timeZone = usePersonZone(personId);
  const [adding, setAdding] = useState(false);
  const [changing, setChanging] = useState<string | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);
  /** Where the two people of the record just made are together now, if they are. */
  const [together, setTogether] = useState<TogetherNow | null>(null);

  const done = (key: MessageKey, togetherNow: TogetherNow | null = null) => {
    setAdding(false);
    setChanging(null);
    setNote(key);
    setTogether(togetherNow);
  };
  const records = read.data ? [...read.data].sort((a, b) => Number(a.status === 'closed') - Number(b.status === 'closed')) : [];

  return (
    <section className="panel" aria-labelledby="person-non-associations" data-testid="non-associations">
      <h2 id="person-non-associations">{t('nonAssociation.title')}</h2>
      <LoadState query={read} />
      {note && <SuccessNote>{t(note)}</SuccessNote>}
      {together && (
        <div className="danger-note" role="alert" data-testid="together-now" data-level={together.level} data-location={together.location}>
          <strong>{t('nonAssociation.togetherTitle')}</strong>
          <p>{together.message}</p>
        </div>
      )}
      {read.data && records.length === 0 && <p className="muted">{t('nonAssociation.none')}</p>}
      {records.length > 0 && (
        <ul className="record-list">
          {records.map((r) => {
            const s = sides(r, personId);
            return (
              <li key={r.id} className={`record record-${r.status}`} data-non-association={r.id} data-status={r.status}>
                <p className="record-head">
                  <span className={`badge ${r.status === 'open' ? 'badge-danger' : 'badge-off'}`}>{t(`nonAssociation.status.${r.status}`)}</span>{' '}
                  <Link to={`/persons/${encodeURIComponent(s.other)}`}>{s.otherName}</Link> <span className="code-note">{s.other}</span>
                </p>
                <dl className="facts facts-inline-record">
                  <div>
                    <dt>{t('nonAssociation.level')}</dt>
                    <dd>{t(`naLevel.${r.level}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('nonAssociation.reason')}</dt>
                    <dd>{t(`naReason.${r.reason}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('nonAssociation.ownRole')}</dt>
                    <dd>{t(`naRole.${s.ownRole}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('nonAssociation.otherRole')}</dt>
                    <dd>{t(`naRole.${s.otherRole}`)}</dd>
                  </div>
                  <div className="facts-wide">
                    <dt>{t('nonAssociation.comment')}</dt>
                    <dd className="prewrap">{r.comment}</dd>
                  </div>
                </dl>
                <details className="history-details">
                  <summary>{t('nonAssociation.history', { count: r.events.length })}</summary>
                  <ol className="history-list">
                    {r.events.map((e) => (
                      <li key={`${e.at}-${e.action}`}>
                        <strong>{t(`nonAssociation.event.${e.action}`)}</strong>
                        <span className="muted">{e.reason}</span>
                        <span className="cell-note">{t('common.recorded', { when: formatWhen(e.at, timeZone), who: e.by })}</span>
                      </li>
                    ))}
                  </ol>
                </details>
                {manage &&
                  (changing === r.id ? (
                    <NonAssociationStatusForm
                      personId={personId}
                      record={r}
                      otherName={s.otherName}
                      onChanged={() => done(r.status === 'open' ? 'nonAssociation.closed' : 'nonAssociation.reopened')}
                      onCancel={() => setChanging(null)}
                    />
                  ) : (
                    <div className="row-actions">
                      <button type="button" className="button button-secondary button-small" onClick={() => setChanging(r.id)}>
                        {t(r.status === 'open' ? 'nonAssociation.close' : 'nonAssociation.reopen', { name: s.otherName })}
                      </button>
                    </div>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {manage &&
        (adding ? (
          <NonAssociationForm
            personId={personId}
            onRecorded={(created) => done('nonAssociation.recorded', created.togetherNow)}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <OpenFormButton
            label={t('nonAssociation.add')}
            onOpen={() => {
              setNote(null);
              setTogether(null);
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}
