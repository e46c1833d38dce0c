import { INCIDENT_SEVERITIES, INCIDENT_TYPES } from '../../../../src/modules/incidents/schemas.ts';
import { SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import type { SchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { useTreeOf } from '../roll/queries.ts';
import type { firstReportSchema, FirstReportValues } from './first-report.ts';
import type { z } from 'zod';

export type FirstReportForm = SchemaForm<FirstReportValues, z.output<typeof firstReportSchema>>;

/** The locations of a centre to choose from, in the tree's order: "Pabellón A (LIT-PA)". */
export function useLocationChoices(centre: string) {
  const tree = useTreeOf(centre);
  return [...(tree.data?.locations ?? [])].sort((a, b) => a.path.localeCompare(b.path)).map((l) => ({ value: l.code, label: `${l.name} (${l.code})` }));
}

/**
 * The first report's fields: the centre (from the caseload; a correction keeps it), where it
 * happened (one of that centre's locations, or the whole centre), type, severity, start, what happened.
 */
export function FirstReportFields({ form, centreFixed = false }: { form: FirstReportForm; centreFixed?: boolean }) {
  const { t } = useI18n();
  const centres = useCentres();
  const centre = form.watch('centre');
  const locations = useLocationChoices(centre);
  return (
    <>
      {!centreFixed && (
        <SelectInput
          form={form}
          name="centre"
          label={t('inc.field.centre')}
          mark={t('common.required')}
          placeholder={t('common.choose')}
          options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      )}
      <SelectInput form={form} name="location" label={t('inc.field.location')} hint={t('inc.field.locationHint')} placeholder={t('inc.wholeCentre')} options={locations} />
      <SelectInput
        form={form}
        name="type"
        label={t('inc.field.type')}
        mark={t('common.required')}
        placeholder={t('common.choose')}
        options={INCIDENT_TYPES.map((type) => ({ value: type, label: t(`inc.type.${type}`) }))}
      />
      <SelectInput form={form} name="severity" label={t('inc.field.severity')} options={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: t(`inc.severity.${s}`) }))} />
      <TextInput form={form} name="startedAt" type="datetime-local" label={t('inc.field.startedAt')} hint={t('inc.field.startedAtHint')} mark={t('common.required')} required />
      <TextAreaInput
        form={form}
        name="description"
        className="field-wide"
        label={t('inc.field.description')}
        hint={t('inc.field.descriptionHint')}
        mark={t('common.required')}
        rows={6}
        maxLength={16000}
      />
    </>
  );
}
