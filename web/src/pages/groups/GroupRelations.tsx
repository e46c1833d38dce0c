import { useState } from 'react';
import type { Group, GroupDetail, GroupRelationRecord } from '../../api-housing.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { EndRelationForm } from './EndRelationForm.tsx';
import { groupPath } from './paths.ts';
import { RelationBadge } from './RelationBadge.tsx';
import { RelationForm } from './RelationForm.tsx';

interface GroupRelationsProps {
  group: GroupDetail;
  groups: Group[];
  /** May record and end relations (intelligence). */
  manage: boolean;
  onChanged: () => void;
}

/** A group's alliances and rivalries, in force first, then ended; intelligence records and ends them. */
export function GroupRelations({ group, groups, manage, onChanged }: GroupRelationsProps) {
  const { t, formatDate, formatWhen } = useI18n();
  const [ending, setEnding] = useState<GroupRelationRecord | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);
  const nameOf = (code: string) => groups.find((g) => g.code === code)?.name ?? code;
  const other = (r: GroupRelationRecord) => (r.groupA === group.code ? r.groupB : r.groupA);
  const relations = [...group.relations].sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || b.id - a.id);
  const none = <span className="muted">—</span>;

  const done = (key: MessageKey) => {
    setEnding(null);
    setNote(key);
    onChanged();
  };

  return (
    <section className="panel" aria-labelledby="group-relations">
      <h2 id="group-relations">{t('group.relations')}</h2>
      {note && <SuccessNote>{t(note)}</SuccessNote>}
      {relations.length === 0 ? (
        <p className="muted">{t('group.relationsNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact" data-testid="group-relations">
            <caption>{t('group.relationsCaption', { name: group.name, count: relations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('group.col.other')}</th>
                <th scope="col">{t('group.col.relation')}</th>
                <th scope="col">{t('group.col.since')}</th>
                <th scope="col">{t('group.col.until')}</th>
                <th scope="col">{t('group.col.confidence')}</th>
                <th scope="col">{t('group.col.note')}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('group.col.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {relations.map((r) => (
                <tr key={r.id} data-relation={r.id} className={r.until ? 'row-inactive' : undefined}>
                  <th scope="row">
                    <Link to={groupPath(other(r))}>{nameOf(other(r))}</Link>
                  </th>
                  <td>
                    <RelationBadge kind={r.relation} />
                  </td>
                  <td className="nowrap">{r.since ? formatDate(r.since) : none}</td>
                  <td className="nowrap">{r.until ? t('group.endedOn', { date: formatDate(r.until) }) : t('group.inForce')}</td>
                  <td>{t(`confidence.${r.confidence}`)}</td>
                  <td>
                    {r.note ?? none}
                    <span className="cell-note">{t('common.recorded', { when: formatWhen(r.recordedAt), who: r.recordedBy })}</span>
                  </td>
                  {manage && (
                    <td>
                      {!r.until && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-pressed={ending?.id === r.id}
                          aria-label={t('group.end', { name: nameOf(other(r)) })}
                          onClick={() => setEnding(ending?.id === r.id ? null : r)}
                        >
                          {t('group.endShort')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && ending && (
        <EndRelationForm
          key={ending.id}
          relation={ending}
          otherName={nameOf(other(ending))}
          onEnded={() => done('group.ended')}
          onCancel={() => setEnding(null)}
        />
      )}
      {manage && <RelationForm group={group} groups={groups} onRecorded={() => done('group.recorded')} />}
    </section>
  );
}
