import { useId, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { locationCode, note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { EXTERNAL_FORCES, INCIDENT_ITEMS, type IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectInput, TextInput } from '../../components/Form.tsx';
import { blankIsNull, filled, typedNumber } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useCentreZone } from '../../queries.ts';
import { useCentreClocks } from '../roll/clock.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { instantOf, localTime } from './first-report.ts';
import { useLocationChoices } from './FirstReportFields.tsx';
import { useReportWrite } from './queries.ts';

type Report = IncidentDetail;
type Items = Report['items'];
type Damage = Report['damage'];
type Forces = Report['forces'];

/** The three lists a report keeps whole (each write replaces the list): their writes. */
function useListWrites(report: Report) {
  const v = report.version;
  return {
    items: useReportWrite(report.id, (items: Items) => incidentsApi.items(report.id, { version: v, items })),
    damage: useReportWrite(report.id, (damage: Damage) => incidentsApi.damage(report.id, { version: v, damage })),
    forces: useReportWrite(report.id, (forces: Forces) => incidentsApi.forces(report.id, { version: v, forces })),
  };
}

interface EntryListProps<T> {
  title: MessageKey;
  none: MessageKey;
  add: MessageKey;
  entries: readonly T[];
  describe: (entry: T) => ReactNode;
  /** May entries be added and removed (an open report)? */
  editable: boolean;
  onRemove: (index: number) => void;
  error: Error | null;
  addForm: (done: () => void) => ReactNode;
  testId: string;
}

/** One of the report's lists: its entries, each removable, and the form to add one, while the report is open. */
function EntryList<T>({ title, none, add, entries, describe, editable, onRemove, error, addForm, testId }: EntryListProps<T>) {
  const { t } = useI18n();
  const id = useId();
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel incident-list-panel" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{t(title)}</h2>
      {error && <ErrorAlert>{errorText(error, t)}</ErrorAlert>}
      {entries.length === 0 ? (
        <p className="muted">{t(none)}</p>
      ) : (
        <ul className="history-list">
          {entries.map((entry, index) => (
            <li key={index}>
              <span>{describe(entry)}</span>
              {editable && (
                <button type="button" className="button button-link" onClick={() => onRemove(index)}>
                  {t('inc.list.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable &&
        (adding ? (
          addForm(() => setAdding(false))
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t(add)}
          </button>
        ))}
    </section>
  );
}

const without = <T,>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

const itemSchema = z.object({
  item: filled(z.enum(INCIDENT_ITEMS), 'inc.items.itemMissing'),
  quantity: typedNumber(z.number().int().min(1).max(100_000).nullable(), 'inc.field.numberInvalid', { whole: true }),
  description: blankIsNull(note(1, TEXT_LIMITS.line).nullable()),
});
const damageSchema = z.object({ location: filled(locationCode, 'inc.damage.locationMissing'), description: note(1, TEXT_LIMITS.line) });
const forceSchema = z.object({
  force: filled(z.enum(EXTERNAL_FORCES), 'inc.forces.forceMissing'),
  calledAt: z.union([z.literal(''), localTime]),
  note: blankIsNull(note(1, TEXT_LIMITS.line).nullable()),
});

function ItemForm({ report, write, done }: { report: Report; write: (items: Items) => Promise<unknown>; done: () => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(itemSchema, { item: '', quantity: '', description: '' });
  return (
    <SubForm form={form} title={t('inc.items.add')} onSubmit={(entry) => write([...report.items, entry]).then(done)} submitLabel={t('inc.list.add')} onCancel={done}>
      <SelectInput form={form} name="item" label={t('inc.items.item')} placeholder={t('common.choose')} options={INCIDENT_ITEMS.map((i) => ({ value: i, label: t(`inc.item.${i}`) }))} />
      <TextInput form={form} name="quantity" label={t('inc.items.quantity')} inputMode="numeric" maxLength={6} />
      <TextInput form={form} name="description" className="field-wide" label={t('inc.items.description')} maxLength={TEXT_LIMITS.line} />
    </SubForm>
  );
}

function DamageForm({ report, write, done }: { report: Report; write: (damage: Damage) => Promise<unknown>; done: () => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(damageSchema, { location: report.location ?? '', description: '' });
  const locations = useLocationChoices(report.centre);
  return (
    <SubForm form={form} title={t('inc.damage.add')} onSubmit={(entry) => write([...report.damage, entry]).then(done)} submitLabel={t('inc.list.add')} onCancel={done}>
      <SelectInput form={form} name="location" label={t('inc.damage.location')} placeholder={t('common.choose')} options={locations} />
      <TextInput form={form} name="description" className="field-wide" label={t('inc.damage.description')} maxLength={TEXT_LIMITS.line} />
    </SubForm>
  );
}

function ForceForm({ report, write, done }: { report: Report; write: (forces: Forces) => Promise<unknown>; done: () => void }) {
  const { t, language } = useI18n();
  const zone = useCentreZone(report.centre);
  const form = useSchemaForm(forceSchema, { force: '', calledAt: '', note: '' });
  return (
    <SubForm
      form={form}
      title={t('inc.forces.add')}
      onSubmit={async ({ force, calledAt, note }) => {
        const at = calledAt === '' ? null : instantOf(calledAt, zone, language, t);
        if (at && 'error' in at) return form.setError('calledAt', { type: 'manual', message: at.error }, { shouldFocus: true });
        await write([...report.forces, { force, calledAt: at?.at ?? null, note }]);
        done();
      }}
      submitLabel={t('inc.list.add')}
      onCancel={done}
    >
      <SelectInput form={form} name="force" label={t('inc.forces.force')} placeholder={t('common.choose')} options={EXTERNAL_FORCES.map((f) => ({ value: f, label: t(`inc.force.${f}`) }))} />
      <TextInput form={form} name="calledAt" type="datetime-local" label={t('inc.forces.calledAt')} hint={t('inc.forces.calledAtHint')} />
      <TextInput form={form} name="note" className="field-wide" label={t('inc.forces.note')} maxLength={TEXT_LIMITS.line} />
    </SubForm>
  );
}

/** Weapons and items used, damage to locations, external forces called: lists kept whole, grown while the report is open. */
export function ReportLists({ report }: { report: Report }) {
  const { t } = useI18n();
  const clock = useCentreClocks()(report.centre);
  const writes = useListWrites(report);
  const editable = report.allowed.grow;
  const joined = (...parts: (string | null)[]) => parts.filter(Boolean).join(' · ');
  return (
    <>
      <EntryList
        title="inc.items.title"
        none="inc.items.none"
        add="inc.items.add"
        testId="incident-items"
        entries={report.items}
        describe={(i) => joined(t(`inc.item.${i.item}`), i.quantity === null ? null : `× ${i.quantity}`, i.description)}
        editable={editable}
        onRemove={(index) => writes.items.mutate(without(report.items, index))}
        error={writes.items.error}
        addForm={(done) => <ItemForm report={report} write={writes.items.mutateAsync} done={done} />}
      />
      <EntryList
        title="inc.damage.title"
        none="inc.damage.none"
        add="inc.damage.add"
        testId="incident-damage"
        entries={report.damage}
        describe={(d) => joined(d.location, d.description)}
        editable={editable}
        onRemove={(index) => writes.damage.mutate(without(report.damage, index))}
        error={writes.damage.error}
        addForm={(done) => <DamageForm report={report} write={writes.damage.mutateAsync} done={done} />}
      />
      <EntryList
        title="inc.forces.title"
        none="inc.forces.none"
        add="inc.forces.add"
        testId="incident-forces"
        entries={report.forces}
        describe={(f) => joined(t(`inc.force.${f.force}`), f.calledAt ? clock.when(f.calledAt) : t('inc.unknownTime'), f.note)}
        editable={editable}
        onRemove={(index) => writes.forces.mutate(without(report.forces, index))}
        error={writes.forces.error}
        addForm={(done) => <ForceForm report={report} write={writes.forces.mutateAsync} done={done} />}
      />
    </>
  );
}
