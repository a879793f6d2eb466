import type { Child } from "hono/jsx";
import type { FieldErrors } from "./settings-form-values.ts";

/** An id for the element of the form field `name` (e.g. "extraResources.0.url" → "f-extraResources-0-url"). */
export function fieldId(name: string): string {
  return `f-${name.replace(/\./g, "-")}`;
}

interface FieldProps {
  name: string;
  label: string;
  errors: FieldErrors;
  hint?: string | undefined;
}

/** The hint and the error under a field, and the attributes that tie them to it for screen readers. */
function describedBy({ name, hint, errors }: FieldProps) {
  const id = fieldId(name);
  const error = errors.get(name);
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const attributes = { id, name, "aria-invalid": error ? ("true" as const) : undefined, "aria-describedby": ids || undefined };
  const notes = (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
  return { attributes, notes, invalid: Boolean(error) };
}

export function TextField(
  props: FieldProps & {
    value: string;
    type?: string;
    placeholder?: string;
    maxlength?: number;
    inputmode?: "numeric" | "text";
    autocomplete?: string;
    size?: number;
  },
) {
  const { attributes, notes, invalid } = describedBy(props);
  return (
    <div class={invalid ? "field invalid" : "field"}>
      <label for={attributes.id}>{props.label}</label>
      <input
        {...attributes}
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        maxlength={props.maxlength}
        inputmode={props.inputmode}
        autocomplete={props.autocomplete ?? "off"}
        size={props.size}
      />
      {notes}
    </div>
  );
}

export function TextArea(props: FieldProps & { value: string; rows?: number; maxlength?: number }) {
  const { attributes, notes, invalid } = describedBy(props);
  return (
    <div class={invalid ? "field invalid" : "field"}>
      <label for={attributes.id}>{props.label}</label>
      <textarea {...attributes} rows={props.rows ?? 3} maxlength={props.maxlength}>
        {props.value}
      </textarea>
      {notes}
    </div>
  );
}

export function SelectField(props: FieldProps & { value: string; options: [value: string, label: string][] }) {
  const { attributes, notes, invalid } = describedBy(props);
  return (
    <div class={invalid ? "field invalid" : "field"}>
      <label for={attributes.id}>{props.label}</label>
      <select {...attributes}>
        {props.options.map(([value, label]) => (
          <option value={value} selected={value === props.value}>
            {label}
          </option>
        ))}
      </select>
      {notes}
    </div>
  );
}

export function Checkbox(props: FieldProps & { checked: boolean }) {
  const { attributes, notes, invalid } = describedBy(props);
  return (
    <div class={invalid ? "field checkbox invalid" : "field checkbox"}>
      <input {...attributes} type="checkbox" value="on" checked={props.checked} />
      <label for={attributes.id}>{props.label}</label>
      {notes}
    </div>
  );
}

export function RadioGroup(props: FieldProps & { value: string; options: [value: string, label: string][] }) {
  const { notes, invalid } = describedBy(props);
  const id = fieldId(props.name);
  return (
    <fieldset class={invalid ? "field radios invalid" : "field radios"} id={id} aria-describedby={invalid ? `${id}-error` : undefined}>
      <legend>{props.label}</legend>
      {props.options.map(([value, label]) => (
        <div class="radio">
          <input type="radio" id={`${id}-${value}`} name={props.name} value={value} checked={value === props.value} />
          <label for={`${id}-${value}`}>{label}</label>
        </div>
      ))}
      {notes}
    </fieldset>
  );
}

/** Several boxes under one name: the form sends the value of each checked one. */
export function CheckboxGroup(props: FieldProps & { values: readonly string[]; options: [value: string, label: string][] }) {
  const { notes, invalid } = describedBy(props);
  const id = fieldId(props.name);
  const describedIds = [props.hint ? `${id}-hint` : "", invalid ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset class={invalid ? "field checkboxes invalid" : "field checkboxes"} id={id} aria-describedby={describedIds || undefined}>
      <legend>{props.label}</legend>
      {notes}
      <div class="checkbox-grid">
        {props.options.map(([value, label]) => (
          <div class="radio">
            <input type="checkbox" id={`${id}-${value}`} name={props.name} value={value} checked={props.values.includes(value)} />
            <label for={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="csrf" value={token} />;
}

export function Section({ id, title, children }: { id: string; title: string; children: Child }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} class="panel">
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
