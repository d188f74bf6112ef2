import type { FormState } from "@/schemas/form-state";

export function FieldError({ state, name }: { state: FormState; name: string }) {
  const messages = state.fieldErrors?.[name];
  if (!messages?.length) return null;
  return (
    <span className="field-error" id={`${name}-error`} role="alert">
      {messages.join(" ")}
    </span>
  );
}

export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <p className={`form-message ${state.ok ? "ok" : "error"}`} role="status">
      {state.message}
    </p>
  );
}
