import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Page } from '../../components/Page.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useLoad } from '../../useLoad.ts';
import { checkDraft, draftFieldOf, emptyDraft, toAdmission, type Draft, type DraftErrors, type DraftField } from './admission-draft.ts';
import { CommitmentFields, DestinationFields, IdentityFields, KinFields, LegalFields, type Bind } from './AdmissionFields.tsx';

const loadCentres = () => api.centres().then((r) => r.centres);

/**
 * Admission: the person's identity (registered if new), a next of kin, the commitment order and
 * who issued it, arrest and admission times, injuries seen on arrival, the offence and legal
 * status, and where they go. On success, the person's file.
 */
export function AdmissionPage() {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(new Date()));
  const [errors, setErrors] = useState<DraftErrors>({});
  // The server's refusal, when it gave one; otherwise the count of fields still to fix.
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pretrialTouched, setPretrialTouched] = useState(false);
  const [centres] = useLoad(loadCentres);
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRound, setFocusRound] = useState(0);

  // A centre of one's own is the obvious destination.
  useEffect(() => {
    if (centres.status === 'ready' && centres.data.length === 1 && !draft.centre) {
      setDraft((d) => ({ ...d, centre: centres.data[0]?.code ?? '' }));
    }
  }, [centres, draft.centre]);

  // After a refused submission: to the first field to fix.
  useEffect(() => {
    if (focusRound === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [focusRound]);

  const set = (field: DraftField, value: string) => {
    setDraft((d) => {
      const next = { ...d, [field]: value };
      // Preventive detention starts, unless said otherwise, on the day of admission.
      if (field === 'admittedAt' && !pretrialTouched) next.pretrialSince = value.slice(0, 10);
      if (field === 'centre') next.cell = '';
      return next;
    });
    if (field === 'pretrialSince') setPretrialTouched(true);
    if (errors[field]) {
      setErrors((e) => ({ ...e, [field]: undefined }));
      // The server's message was about this field: it no longer applies.
      setRefusal(null);
    }
  };

  const remaining = Object.values(errors).filter(Boolean).length;

  const bind: Bind = (field) => ({ value: draft[field], onChange: (value: string) => set(field, value), error: errors[field] });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkDraft(draft);
    const fields = Object.keys(problems) as DraftField[];
    if (fields.length > 0) {
      setErrors(Object.fromEntries(fields.map((f) => [f, t(problems[f] ?? 'admission.required')])));
      setRefusal(null);
      setFocusRound((n) => n + 1);
      return;
    }
    setBusy(true);
    setRefusal(null);
    setErrors({});
    try {
      const admitted = await api.admit(toAdmission(draft));
      navigate(`/persons/${encodeURIComponent(admitted.person)}`);
    } catch (failure) {
      const message = errorText(failure, t);
      const field = failure instanceof ApiError ? draftFieldOf(failure.field, draft) : null;
      setRefusal(message);
      if (field) {
        setErrors({ [field]: message });
        setFocusRound((n) => n + 1);
      }
      setBusy(false);
    }
  }

  return (
    <Page
      title={t('admission.title')}
      intro={t('admission.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('persons.title'), to: '/persons' }, { label: t('admission.title') }]} />}
    >
      {refusal && <ErrorAlert>{refusal}</ErrorAlert>}
      {!refusal && remaining > 0 && <ErrorAlert>{t('admission.fixFields', { count: remaining })}</ErrorAlert>}
      <form ref={formRef} className="form admission-form" onSubmit={submit} noValidate>
        <IdentityFields bind={bind} />
        <KinFields bind={bind} />
        <CommitmentFields bind={bind} />
        <LegalFields bind={bind} legalStatus={draft.legalStatus} />
        <DestinationFields bind={bind} centres={centres} centre={draft.centre} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('admission.submitting') : t('admission.submit')}
          </button>
        </div>
      </form>
    </Page>
  );
}
