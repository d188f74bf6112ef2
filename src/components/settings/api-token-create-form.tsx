"use client";

import { useRef } from "react";
import { FieldError, FormMessage } from "@/components/auth/field-error";
import { useFormAction } from "@/components/forms/use-form-action";
import {
  API_TOKEN_EXPIRIES,
  API_TOKEN_EXPIRY_LABELS,
  API_TOKEN_SCOPE_LABELS,
  API_TOKEN_SCOPES,
  DEFAULT_API_TOKEN_EXPIRY,
} from "@/domain/api/api-token-options";
import type { FormAction } from "@/schemas/form-state";
import { NewApiToken } from "./new-api-token";
import styles from "./api-tokens.module.css";

/** Settings > API tokens > New token: a name, what it may do and when it expires. */
export function ApiTokenCreateForm(props: { action: FormAction }) {
  const form = useRef<HTMLFormElement>(null);
  const { state, formAction, onSubmit, pending } = useFormAction(props.action, (next) => {
    if (next.ok) form.current?.reset();
  });
  return (
    <div className="stack">
      <form ref={form} action={formAction} onSubmit={onSubmit} className="stack">
        <h3 className={styles.subheading}>New token</h3>
        <label>
          Name
          <input
            name="name"
            maxLength={60}
            autoComplete="off"
            placeholder="Scale, phone shortcut…"
            required
          />
          <FieldError state={state} name="name" />
        </label>
        <div className={styles.choices}>
          <label>
            Access
            <select name="scope" defaultValue="read">
              {API_TOKEN_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {API_TOKEN_SCOPE_LABELS[scope]}
                </option>
              ))}
            </select>
            <FieldError state={state} name="scope" />
          </label>
          <label>
            Expires
            <select name="expiresInDays" defaultValue={DEFAULT_API_TOKEN_EXPIRY}>
              {API_TOKEN_EXPIRIES.map((expiry) => (
                <option key={expiry} value={expiry}>
                  {API_TOKEN_EXPIRY_LABELS[expiry]}
                </option>
              ))}
            </select>
            <FieldError state={state} name="expiresInDays" />
          </label>
        </div>
        <FormMessage state={state} />
        <div>
          <button type="submit" className="primary" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
      {state.ok && state.secret && <NewApiToken token={state.secret} />}
    </div>
  );
}
