import type { ReactNode } from 'react';

/** The ids a field's hint and error get, for aria-describedby. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  const ids = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** A field's hint and, when its value is wrong, the error (in words, not colour alone). */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string | undefined; error?: string | undefined }) {
  return (
    <>
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}

export interface FieldFrameProps {
  /** The control's id (useId). */
  id: string;
  label: string;
  hint?: string | undefined;
  /** What is wrong with the value (from the form's checks or the server): shown under the field. */
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  className?: string | undefined;
  /** The control, with `id` and `describedBy(id, hint, error)`. */
  children: ReactNode;
}

/** The frame every field shares: the label over the control, then its hint and its error. */
export function FieldFrame({ id, label, hint, error, mark, className, children }: FieldFrameProps) {
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {mark && <span className="field-mark"> ({mark})</span>}
      </label>
      {children}
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
