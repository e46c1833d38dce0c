import { useState } from 'react';
import type { GroupPage, GroupView, RelationView } from '../../../../src/modules/groups/schemas.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { EndRecordForm } from './EndRecordForm.tsx';
import { EndCell, LinkCells, LinkHeaders } from './LinkColumns.tsx';
import { groupPath } from './paths.ts';
import { RelationBadge } from './RelationBadge.tsx';
import { useEndRelation } from './queries.ts';
import { RelationForm } from './RelationForm.tsx';

interface GroupRelationsProps {
  group: GroupPage;
  groups: GroupView[];
  /** May record and end relations (intelligence). */
  manage: boolean;
}

/** A group's alliances and rivalries, in force first, then ended; intelligence records and ends them. */
export function GroupRelations({ group, groups, manage }: GroupRelationsProps) {
  const { t, language } = useI18n();
  const endRelation = useEndRelation();
  const [ending, setEnding] = useState<RelationView | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);
  const nameOf = (code: string) => groups.find((g) => g.code === code)?.name ?? code;
  const other = (r: RelationView) => (r.groupA === group.code ? r.groupB : r.groupA);
  const relations = [...group.relations].sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || b.id - a.id);

  const done = (key: MessageKey) => {
    setEnding(null);
    setNote(key);
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
                <LinkHeaders manage={manage} />
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
                  <LinkCells link={r} current="group.inForce" />
                  {manage && (
                    <EndCell link={r} label={t('group.end', { name: nameOf(other(r)) })} pressed={ending?.id === r.id} onEnd={() => setEnding(ending?.id === r.id ? null : r)} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && ending && (
        <EndRecordForm
          key={ending.id}
          title={t('group.endTitle', { relation: t(`groupRelation.${ending.relation}`).toLocaleLowerCase(language), name: nameOf(other(ending)) })}
          submitLabel={t('group.endSubmit')}
          end={(end) => endRelation.mutateAsync({ id: ending.id, end })}
          onEnded={() => done('group.ended')}
          onCancel={() => setEnding(null)}
        />
      )}
      {manage && <RelationForm group={group} groups={groups} onRecorded={() => done('group.recorded')} />}
    </section>
  );
}
