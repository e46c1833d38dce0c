import { useId, useState, type FormEvent } from 'react';
import { api, NATIONAL_ROLES, ROLES, type Language, type Role, type UserSummary } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { roleKey } from '../../components/roles.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { LANGUAGES, useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { PASSWORD_MIN_LENGTH } from '../PasswordPage.tsx';

const loadCentres = () => api.centres().then((r) => r.centres);

interface CreateUserFormProps {
  onCreated: (user: UserSummary, generatedPassword?: string) => void;
}

/** A new user: username, name, roles, caseload (all centres or some), language, optional password. */
export function CreateUserForm({ onCreated }: CreateUserFormProps) {
  const { t } = useI18n();
  const ids = useId();
  const [centresLoad] = useLoad(loadCentres);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [allCentres, setAllCentres] = useState(false);
  const [caseloadTouched, setCaseloadTouched] = useState(false);
  const [centres, setCentres] = useState<string[]>([]);
  const [language, setLanguage] = useState<Language>('es');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function toggleRole(role: Role, on: boolean) {
    const next = on ? [...roles, role] : roles.filter((r) => r !== role);
    setRoles(next);
    // National roles usually work on every centre: suggest it until the administrator decides.
    if (!caseloadTouched) setAllCentres(next.some((r) => NATIONAL_ROLES.includes(r)));
  }

  function toggleCentre(code: string, on: boolean) {
    setCaseloadTouched(true);
    setCentres(on ? [...centres, code] : centres.filter((c) => c !== code));
  }

  function reset() {
    setUsername('');
    setDisplayName('');
    setRoles([]);
    setAllCentres(false);
    setCaseloadTouched(false);
    setCentres([]);
    setLanguage('es');
    setPassword('');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (roles.length === 0) return setError(t('userForm.needRole'));
    if (password && password.length < PASSWORD_MIN_LENGTH) return setError(t('userForm.shortPassword'));
    setError(null);
    setBusy(true);
    try {
      const result = await api.createUser({
        username: username.trim().toLowerCase(),
        displayName: displayName.trim(),
        roles: ROLES.filter((r) => roles.includes(r)),
        caseload: allCentres ? { all: true, centres: [] } : { all: false, centres },
        language,
        ...(password ? { password } : {}),
      });
      reset();
      onCreated(result.user, result.generatedPassword);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('userForm.title')}</h2>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <form className="form form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t('userForm.username')}
          hint={t('userForm.usernameHint')}
          value={username}
          onChange={setUsername}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={40}
          required
        />
        <TextField
          label={t('userForm.displayName')}
          value={displayName}
          onChange={setDisplayName}
          name="displayName"
          autoComplete="off"
          maxLength={200}
        />
        <fieldset className="field-wide">
          <legend>{t('userForm.roles')}</legend>
          <p className="field-hint">{t('userForm.rolesHint')}</p>
          <div className="checkbox-grid">
            {ROLES.map((role) => (
              <label key={role} className="checkbox">
                <input
                  type="checkbox"
                  name="roles"
                  value={role}
                  checked={roles.includes(role)}
                  onChange={(event) => toggleRole(role, event.target.checked)}
                />
                <span>{t(roleKey(role))}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field-wide">
          <legend>{t('userForm.caseload')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              name="caseloadAll"
              checked={allCentres}
              onChange={(event) => {
                setCaseloadTouched(true);
                setAllCentres(event.target.checked);
              }}
            />
            <span>{t('userForm.caseloadAll')}</span>
          </label>
          {!allCentres && centresLoad.status === 'ready' && centresLoad.data.length === 0 && (
            <p className="field-hint">{t('userForm.caseloadNoCentres')}</p>
          )}
          {!allCentres && centresLoad.status === 'ready' && centresLoad.data.length > 0 && (
            <div className="checkbox-grid checkbox-grid-wide">
              {centresLoad.data.map((centre) => (
                <label key={centre.code} className="checkbox">
                  <input
                    type="checkbox"
                    name="centres"
                    value={centre.code}
                    checked={centres.includes(centre.code)}
                    onChange={(event) => toggleCentre(centre.code, event.target.checked)}
                  />
                  <span>
                    <span className="code">{centre.code}</span> {centre.name}
                  </span>
                </label>
              ))}
            </div>
          )}
          {centresLoad.status === 'error' && <p className="inline-error">{errorText(centresLoad.error, t)}</p>}
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-language`}>{t('userForm.language')}</label>
          <select
            id={`${ids}-language`}
            name="language"
            value={language}
            onChange={(event) => setLanguage(event.target.value === 'en' ? 'en' : 'es')}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('userForm.password')}
          hint={t('userForm.passwordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          name="password"
        />
        <div className="form-actions field-wide">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('userForm.submitting') : t('userForm.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
