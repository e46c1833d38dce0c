import { useState } from 'react';
import type { UserSummary } from '../../api.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { caseloadText, roleNames } from '../../components/roles.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { CreateUserForm } from './CreateUserForm.tsx';
import { GeneratedPassword } from './GeneratedPassword.tsx';
import { useUsers } from './queries.ts';
import { UserAccess } from './UserAccess.tsx';
import { UserActions } from './UserActions.tsx';
import { UserState } from './UserState.tsx';

/**
 * User administration: the list; per user, roles and caseload (reviewed, then confirmed), a
 * password reset (a one-time password shown once), unlock and (de)activation; a form to add users.
 */
export function UsersPage() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const list = useUsers();
  // Kept as a key, so that it follows a change of language.
  const [note, setNote] = useState<{ key: MessageKey; username: string } | null>(null);
  const [generated, setGenerated] = useState<{ username: string; password: string; oneTime: boolean } | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const users = list.data ?? [];
  // The list itself is read again by the writes (queries.ts).
  const updated = (changed: UserSummary, message: MessageKey) => setNote({ key: message, username: changed.username });

  function created(user: UserSummary, generatedPassword?: string) {
    setNote({ key: 'userForm.created', username: user.username });
    setGenerated(generatedPassword ? { username: user.username, password: generatedPassword, oneTime: false } : null);
  }

  function reset(user: UserSummary, oneTimePassword: string) {
    setNote({ key: 'users.resetDone', username: user.username });
    setGenerated({ username: user.username, password: oneTimePassword, oneTime: true });
  }

  function accessChanged(user: UserSummary | null) {
    setEditing(null);
    if (user) setNote({ key: 'access.done', username: user.username });
  }

  const edited = editing ? users.find((u) => u.username === editing) : undefined;

  return (
    <Page title={t('users.title')} intro={t('users.intro')}>
      {generated && (
        <GeneratedPassword username={generated.username} password={generated.password} oneTime={generated.oneTime} onDismiss={() => setGenerated(null)} />
      )}
      {edited && <UserAccess key={edited.username} user={edited} onDone={accessChanged} />}
      {note && !generated && <SuccessNote>{t(note.key, { username: note.username })}</SuccessNote>}
      <LoadState query={list} />
      {list.data && users.length === 0 && <p className="empty-state">{t('users.empty')}</p>}
      {list.data && users.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('users.caption', { count: users.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.username')}</th>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.caseload')}</th>
                <th scope="col">{t('users.state')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.username}>
                  <th scope="row" className="code">
                    {user.username}
                    {user.username === me.username && <span className="muted"> {t('users.you')}</span>}
                  </th>
                  <td>{user.displayName}</td>
                  <td>{roleNames(user.roles, t)}</td>
                  <td>{caseloadText(user.caseload, t)}</td>
                  <td>
                    <UserState user={user} />
                  </td>
                  <td>
                    <UserActions
                      user={user}
                      isSelf={user.username === me.username}
                      onChanged={updated}
                      onEditAccess={(u) => {
                        setGenerated(null);
                        setEditing(u.username);
                      }}
                      onReset={reset}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <CreateUserForm onCreated={created} />
    </Page>
  );
}
