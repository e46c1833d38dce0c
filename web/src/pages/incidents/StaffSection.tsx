import { z } from 'zod';
import { line, note, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { INJURY_LEVELS, STAFF_ROLES, type IncidentDetail, type InvolvedStaff, type StaffInput } from '../../../../src/modules/incidents/schemas.ts';
import { CheckboxInput, SelectInput, TextInput } from '../../components/Form.tsx';
import { blankIsNull, filled } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { InvolvedSection } from './InvolvedSection.tsx';
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
  const remove = useReportWrite(report.id, (staff: InvolvedStaff) => incidentsApi.removeStaff(report.id, staff.id, report.version));
  return (
    <InvolvedSection
      report={report}
      id="incident-staff"
      title={t('inc.staff.title')}
      none={t('inc.staff.none')}
      caption={t('inc.staff.caption', { count: report.staff.length })}
      columns={[t('inc.staff.col.name'), t('inc.staff.col.role'), t('inc.staff.col.injury'), t('inc.staff.col.hostage'), t('inc.people.col.note')]}
      rows={report.staff}
      rowKey={(s) => s.id}
      cells={(s) => (
        <>
          <th scope="row">{s.name}</th>
          <td>{t(`inc.staffRole.${s.role}`)}</td>
          <td>{t(`inc.injury.${s.injury}`)}</td>
          <td>{t(s.hostage ? 'inc.yes' : 'inc.no')}</td>
          <td>{s.note}</td>
        </>
      )}
      remove={remove}
      removeLabel={(s) => t('inc.staff.remove', { name: s.name })}
      addLabel={t('inc.staff.add')}
      addForm={(onDone) => <AddStaffForm report={report} onDone={onDone} />}
    />
  );
}
