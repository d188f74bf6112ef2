import type { FormState } from "@/schemas/form-state";
import { FieldError } from "./field-error";

/** "New password" and its repetition, as setup and the password change both ask for them. */
export function NewPasswordFields(props: {
  state: FormState;
  passwordLabel: string;
  confirmLabel: string;
}) {
  const { state } = props;
  return (
    <>
      <label>
        {props.passwordLabel}
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
        />
        <FieldError state={state} name="password" />
      </label>
      <label>
        {props.confirmLabel}
        <input name="confirm" type="password" autoComplete="new-password" required />
        <FieldError state={state} name="confirm" />
      </label>
    </>
  );
}
