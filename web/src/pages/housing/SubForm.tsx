import type { ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Form } from '../../components/Form.tsx';
import type { SchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';

interface SubFormProps<TValues extends FieldValues, TOutput extends FieldValues> {
  form: SchemaForm<TValues, TOutput>;
  /** The form's name, and its heading unless `heading` is false (the button says it). */
  title: string;
  heading?: boolean;
  className?: string;
  onSubmit: (values: TOutput) => Promise<unknown>;
  submitLabel: string;
  /** Shows a cancel button. */
  onCancel?: (() => void) | undefined;
  children: ReactNode;
}

/**
 * A form opened inside a panel of groups and housing (record a membership, end a relation, close
 * a non-association): named by its title, saying «Guardando…» while it sends, with a cancel
 * button when it may be left.
 */
export function SubForm<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  title,
  heading = true,
  className = 'form form-grid subform',
  onSubmit,
  submitLabel,
  onCancel,
  children,
}: SubFormProps<TValues, TOutput>) {
  const { t } = useI18n();
  return (
    <Form
      form={form}
      className={className}
      aria-label={title}
      header={heading && <h3 className="field-wide">{title}</h3>}
      onSubmit={onSubmit}
      submitLabel={submitLabel}
      busyLabel={t('common.saving')}
      actions={
        onCancel && (
          <button type="button" className="button button-link" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )
      }
    >
      {children}
    </Form>
  );
}
