import { useState } from 'react';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { allOf } from '../housing/queries.ts';
import { mayHousing } from '../housing/roles.ts';
import { CountHeader } from './CountScope.tsx';
import { GroupForm } from './GroupForm.tsx';
import { GroupMembers } from './GroupMembers.tsx';
import { GroupRelations } from './GroupRelations.tsx';
import { groupPath } from './paths.ts';
import { useGroup, useGroups } from './queries.ts';

/** A criminal group: what it is, its alliances and rivalries (current and ended), its member counts and its members. */
export function GroupPage({ code }: { code: string }) {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const groupRead = useGroup(code);
  const groupsRead = useGroups();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const group = groupRead.data;
  const groups = groupsRead.data;
  const title = group?.name ?? code;
  const crumbs = <Breadcrumb items={[{ label: t('groups.title'), to: '/groups' }, { label: title }]} />;
  const none = <span className="muted">—</span>;

  if (!group || !groups) {
    return (
      <Page title={title} breadcrumb={crumbs}>
        <LoadState query={allOf(groupRead, groupsRead)} />
      </Page>
    );
  }
  const nameOf = (c: string) => groups.find((g) => g.code === c)?.name ?? c;
  const factions = groups.filter((g) => g.parent === group.code);
  const manage = mayHousing(user, 'group.manage');

  return (
    <Page title={title} intro={`${group.code} · ${t(`groupKind.${group.kind}`)}`} breadcrumb={crumbs}>
      {saved && <SuccessNote>{t('groupForm.saved')}</SuccessNote>}
      <section className="panel" aria-labelledby="group-facts">
        <h2 id="group-facts">{t('group.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('groups.col.kind')}</dt>
            <dd>{t(`groupKind.${group.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('groups.col.parent')}</dt>
            <dd>{group.parent ? <Link to={groupPath(group.parent)}>{nameOf(group.parent)}</Link> : none}</dd>
          </div>
          <div>
            <dt>{t('group.factions')}</dt>
            <dd>
              {factions.length > 0
                ? factions.map((f, i) => (
                    <span key={f.code}>
                      {i > 0 && ', '}
                      <Link to={groupPath(f.code)}>{f.name}</Link>
                    </span>
                  ))
                : none}
            </dd>
          </div>
          <div>
            <dt>{t('groups.col.aliases')}</dt>
            <dd>{group.aliases.length > 0 ? group.aliases.join(', ') : none}</dd>
          </div>
          <div data-testid="group-counts" data-scope={group.counts.scope}>
            <dt>
              <CountHeader label={t('groupCounts.title')} scope={group.counts.scope} />
            </dt>
            <dd>
              {t('groupCounts.value', { members: formatNumber(group.counts.members), leaders: formatNumber(group.counts.leaders) })}
              <span className="cell-note">{t(`groupCounts.${group.counts.scope}`)}</span>
            </dd>
          </div>
          <div className="facts-wide">
            <dt>{t('groupForm.notes')}</dt>
            <dd className="prewrap">{group.notes ?? none}</dd>
          </div>
        </dl>
        {manage &&
          (editing ? (
            <div className="subform">
              <GroupForm
                groups={groups}
                existing={group}
                onSaved={() => {
                  setEditing(false);
                  setSaved(true);
                }}
                onCancel={() => setEditing(false)}
              />
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
                {t('group.edit')}
              </button>
            </div>
          ))}
      </section>
      <GroupRelations group={group} groups={groups} manage={manage} />
      {mayHousing(user, 'membership.read') && <GroupMembers code={group.code} />}
    </Page>
  );
}
