import type { Child } from 'hono/jsx';
import type { FieldError } from '../problems-fr.js';

/** GOV.UK's pattern: a summary at the top linking to each wrong field, the field's own message beside it. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1}>
      <h2 id="error-summary-title">Il y a {errors.length === 1 ? 'un problème' : `${errors.length} problèmes`}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  id: string;
  /** The input's name in the form (the request's path). */
  name: string;
  label: string;
  hint?: string;
  value?: string | undefined;
  errors: FieldError[];
  required?: boolean;
  autocomplete?: string;
  type?: 'text' | 'email' | 'tel' | 'number';
  inputmode?: 'numeric' | 'decimal' | 'tel' | 'email';
  short?: boolean;
  maxlength?: number;
}

function describedBy(id: string, hint: string | undefined, error: FieldError | undefined): string | undefined {
  const ids = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function ErrorLine({ id, error }: { id: string; error: FieldError | undefined }) {
  return error ? (
    <p class="error-message" id={`${id}-erreur`}>
      <span class="visually-hidden">Erreur : </span>
      {error.message}
    </p>
  ) : null;
}

/** One input's frame: its label (saying when it is optional), its hint, its error — bound to it by id. */
function FieldFrame(p: { id: string; label: string; hint?: string | undefined; required?: boolean | undefined; error: FieldError | undefined; children: Child }) {
  return (
    <div class={p.error ? 'field field-error' : 'field'}>
      <label for={p.id}>
        {p.label}
        {p.required ? null : ' (facultatif)'}
      </label>
      {p.hint ? (
        <p class="hint" id={`${p.id}-aide`}>
          {p.hint}
        </p>
      ) : null}
      <ErrorLine id={p.id} error={p.error} />
      {p.children}
    </div>
  );
}

export function TextField(p: FieldProps) {
  const error = p.errors.find((e) => e.field === p.id);
  return (
    <FieldFrame id={p.id} label={p.label} hint={p.hint} required={p.required} error={error}>
      <input
        id={p.id}
        name={p.name}
        type={p.type ?? 'text'}
        value={p.value ?? ''}
        class={p.short ? 'short' : undefined}
        autocomplete={p.autocomplete}
        inputmode={p.inputmode}
        maxlength={p.maxlength}
        required={p.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.hint, error)}
      />
    </FieldFrame>
  );
}

export function TextArea(p: Omit<FieldProps, 'type' | 'short' | 'inputmode'> & { rows?: number }) {
  const error = p.errors.find((e) => e.field === p.id);
  return (
    <FieldFrame id={p.id} label={p.label} hint={p.hint} required={p.required} error={error}>
      <textarea
        id={p.id}
        name={p.name}
        rows={p.rows ?? 6}
        maxlength={p.maxlength}
        required={p.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(p.id, p.hint, error)}
      >
        {p.value ?? ''}
      </textarea>
    </FieldFrame>
  );
}

export function FileField({ errors, label, maxMegabytes }: { errors: FieldError[]; label: string; maxMegabytes: number }) {
  const error = errors.find((e) => e.field === 'file');
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for="file">{label} (facultatif)</label>
      <p class="hint" id="file-aide">
        Une photo (JPEG, PNG) ou un PDF, {maxMegabytes} Mo au plus.
      </p>
      <ErrorLine id="file" error={error} />
      <input id="file" name="file" type="file" accept="application/pdf,image/jpeg,image/png,image/webp,image/heic,image/tiff" aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy('file', 'aide', error)} />
    </div>
  );
}
