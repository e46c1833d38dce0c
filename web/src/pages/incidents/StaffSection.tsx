import { useState } from 'react';
import { z } from 'zod';
import { line, note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { INJURY_LEVELS, STAFF_ROLES, type IncidentDetail, type StaffInput } from '../../../../src/modules/incidents/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { CheckboxInput, SelectInput, TextInput } from '../../components/Form.tsx';
import { blankIsNull, filled } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { useReportWrite } from './queries.ts';

const staffSchema = z.object({
  name: filled(line(TEXT_LIMITS.name)),
  role: filled(z.enum(STAFF_ROLES), 'inc.staff.roleMissing'),
  injury: z.enum(INJURY_LEVELS),
  hostage: z.boolean(),
  note: blankIsNull(note(1, TEXT_LIMITS.line).nullable()),
});
const EMPTY = { name: '', role: '', injury: 'none', hostage: false, note: '' };

function AddStaffForm({ report, onDone }: { report: IncidentDetail; onDone: () => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(staffSchema, EMPTY);
  const add = useReportWrite(report.id, (input: StaffInput) => incidentsApi.addStaff(report.id, input));
  return (
    <SubForm
      form={form}
      title={t('inc.staff.add')}
      onSubmit={async (values) => {
        await add.mutateAsync({ version: report.version, ...values });
        onDone();
      }}
      submitLabel={t('inc.staff.submit')}
      onCancel={onDone}
    >
      <TextInput form={form} name="name" label={t('inc.staff.name')} mark={t('common.required')} maxLength={TEXT_LIMITS.name} autoComplete="off" />
      <SelectInput
        form={form}
        name="role"
        label={t('inc.staff.role')}
        mark={t('common.required')}
        placeholder={t('common.choose')}
        options={STAFF_ROLES.map((r) => ({ value: r, label: t(`inc.staffRole.${r}`) }))}
      />
      <SelectInput form={form} name="injury" label={t('inc.staff.injury')} options={INJURY_LEVELS.map((i) => ({ value: i, label: t(`inc.injury.${i}`) }))} />
      <CheckboxInput form={form} name="hostage" label={t('inc.staff.hostage')} />
      <TextInput form={form} name="note" className="field-wide" label={t('inc.staff.note')} maxLength={TEXT_LIMITS.line} />
    </SubForm>
  );
}

/** The staff involved: their role, injury and whether they were taken hostage. */
export function StaffSection({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const remove = useReportWrite(report.id, (staffId: string) => incidentsApi.removeStaff(report.id, staffId, report.version));
  return (
    <section className="panel" aria-labelledby="incident-staff" data-testid="incident-staff">
      <h2 id="incident-staff">{t('inc.staff.title')}</h2>
      {remove.error && <ErrorAlert>{errorText(remove.error, t)}</ErrorAlert>}
      {report.staff.length === 0 ? (
        <p className="muted">{t('inc.staff.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('inc.staff.caption', { count: report.staff.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inc.staff.col.name')}</th>
                <th scope="col">{t('inc.staff.col.role')}</th>
                <th scope="col">{t('inc.staff.col.injury')}</th>
                <th scope="col">{t('inc.staff.col.hostage')}</th>
                <th scope="col">{t('inc.people.col.note')}</th>
                {report.allowed.remove && <td />}
              </tr>
            </thead>
            <tbody>
              {report.staff.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.name}</th>
                  <td>{t(`inc.staffRole.${s.role}`)}</td>
                  <td>{t(`inc.injury.${s.injury}`)}</td>
                  <td>{t(s.hostage ? 'inc.yes' : 'inc.no')}</td>
                  <td>{s.note}</td>
                  {report.allowed.remove && (
                    <td>
                      <button
                        type="button"
                        className="button button-link"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(s.id)}
                        aria-label={t('inc.staff.remove', { name: s.name })}
                      >
                        {t('inc.list.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.allowed.grow &&
        (adding ? (
          <AddStaffForm report={report} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('inc.staff.add')}
          </button>
        ))}
    </section>
  );
}
