import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { INJURY_LEVELS, INVOLVEMENT_ROLES, type AddPersonInput, type IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { peopleApi, type PersonMatch } from '../../api-people.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SelectInput, TextInput } from '../../components/Form.tsx';
import { blankIsNull, filled } from '../../components/form-rules.ts';
import { TextField } from '../../components/TextField.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { useReportWrite } from './queries.ts';

const SHOWN = 8;
const personSchema = z.object({
  role: filled(z.enum(INVOLVEMENT_ROLES), 'inc.people.roleMissing'),
  injury: z.enum(INJURY_LEVELS),
  note: blankIsNull(note(1, TEXT_LIMITS.line).nullable()),
});

/** Finds a person in the register (name, alias, register number, ID) and offers the first matches to choose from. */
function PersonFinder({ onChoose }: { onChoose: (person: PersonMatch) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const results = useQuery({ queryKey: ['persons', 'search', q, SHOWN], queryFn: () => peopleApi.search(q, SHOWN), enabled: q.length >= 2 });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(text.trim());
  }

  return (
    <div className="field-wide">
      <form className="search-bar" role="search" onSubmit={submit} aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="visually-hidden">
          {t('inc.people.search')}
        </span>
        <TextField type="search" label={t('inc.people.search')} hint={t('inc.people.searchHint')} value={text} onChange={setText} autoComplete="off" spellCheck={false} maxLength={200} />
        <button type="submit" className="button button-secondary">
          {t('inc.people.searchSubmit')}
        </button>
      </form>
      {q.length >= 2 && <LoadState query={results} />}
      {results.data && results.data.people.length === 0 && <p className="muted">{t('inc.people.searchNone', { q })}</p>}
      {results.data && results.data.people.length > 0 && (
        <ul className="incident-matches" aria-label={t('inc.people.results')}>
          {results.data.people.map((p) => (
            <li key={p.id}>
              <span>
                {listName(p)} <span className="code-note">{p.id}</span>
              </span>
              <button type="button" className="button button-secondary button-small" onClick={() => onChoose(p)}>
                {t('inc.people.choose', { name: listName(p) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Adds a person in custody to the report: found by search, then their role, injury and a note. */
export function AddPersonForm({ report, onDone }: { report: IncidentDetail; onDone: () => void }) {
  const { t } = useI18n();
  const [person, setPerson] = useState<PersonMatch | null>(null);
  const form = useSchemaForm(personSchema, { role: '', injury: 'none', note: '' });
  const add = useReportWrite(report.id, (input: AddPersonInput) => incidentsApi.addPerson(report.id, input));
  if (!person) {
    return (
      <div className="subform incident-subform" aria-label={t('inc.people.add')} role="group">
        <h3>{t('inc.people.add')}</h3>
        <PersonFinder onChoose={setPerson} />
        <button type="button" className="button button-link" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }
  return (
    <SubForm
      form={form}
      title={t('inc.people.add')}
      onSubmit={async (values) => {
        await add.mutateAsync({ version: report.version, person: person.id, ...values });
        form.reset({ role: '', injury: 'none', note: '' });
        setPerson(null);
      }}
      submitLabel={t('inc.people.submit')}
      onCancel={onDone}
    >
      <div className="field-wide incident-chosen">
        <span>
          {t('inc.people.chosen')}: <strong>{listName(person)}</strong> <span className="code-note">{person.id}</span>
        </span>
        <button type="button" className="button button-link" onClick={() => setPerson(null)}>
          {t('inc.people.change')}
        </button>
      </div>
      <SelectInput
        form={form}
        name="role"
        label={t('inc.people.role')}
        mark={t('common.required')}
        placeholder={t('common.choose')}
        options={INVOLVEMENT_ROLES.map((r) => ({ value: r, label: t(`inc.role.${r}`) }))}
      />
      <SelectInput form={form} name="injury" label={t('inc.people.injury')} options={INJURY_LEVELS.map((i) => ({ value: i, label: t(`inc.injury.${i}`) }))} />
      <TextInput form={form} name="note" className="field-wide" label={t('inc.people.note')} maxLength={TEXT_LIMITS.line} />
    </SubForm>
  );
}
