"use client";

import { useState } from "react";
import styles from "./api-tokens.module.css";

/** The token just created, shown this once in a read-only field that selects itself. */
export function NewApiToken(props: { token: string }) {
  const [copied, setCopied] = useState<string | null>(null);

  async function copy() {
    const done = await navigator.clipboard?.writeText(props.token).then(
      () => true,
      () => false,
    );
    setCopied(done ? "Copied." : "Could not copy: select the token and copy it by hand.");
  }

  return (
    <div className={`stack ${styles.created}`}>
      <label>
        Your new token
        <input
          className={styles.secret}
          value={props.token}
          readOnly
          autoComplete="off"
          spellCheck={false}
          aria-describedby="new-api-token-note"
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <p id="new-api-token-note">
        <strong>Copy it now: it will not be shown again.</strong>
      </p>
      <div className="row">
        <button type="button" onClick={copy}>
          Copy token
        </button>
        {copied && <span role="status">{copied}</span>}
      </div>
    </div>
  );
}
