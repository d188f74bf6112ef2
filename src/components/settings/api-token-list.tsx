import { formatDay, formatTimeOfDay } from "@/domain/calendar/date-format";
import { ownerDay } from "@/domain/calendar/day";
import { API_TOKEN_SCOPE_LABELS } from "@/domain/api/api-token-options";
import type { ApiTokenSummary } from "@/schemas/api-token";
import type { ObjectAction } from "@/schemas/form-state";
import { RevokeApiTokenButton } from "./revoke-api-token-button";
import styles from "./api-tokens.module.css";

interface Dates {
  locale: string;
  timeZone: string;
}

/** An instant's day in the owner's time zone: "4 Dec 2026". */
function day(instant: string, { locale, timeZone }: Dates): string {
  return formatDay(
    ownerDay(new Date(instant), { timeZone, dayStartHour: 0 }),
    locale,
    "shortWithYear",
  );
}

/** An instant's day and time of day in the owner's time zone: "4 Dec 2026, 21:40". */
function dayAndTime(instant: string, dates: Dates): string {
  return `${day(instant, dates)}, ${formatTimeOfDay(new Date(instant), dates.timeZone, dates.locale)}`;
}

/** The tokens not revoked, newest first, each with what it may do, its dates and Revoke. */
export function ApiTokenList(props: {
  tokens: ApiTokenSummary[];
  locale: string;
  timeZone: string;
  revoke: ObjectAction<{ id: string }, void>;
}) {
  const dates = { locale: props.locale, timeZone: props.timeZone };
  if (props.tokens.length === 0) return <p className="muted">No API tokens yet.</p>;
  return (
    <ul className={styles.tokens} aria-label="API tokens, newest first">
      {props.tokens.map((token) => (
        <li key={token.id}>
          <div className={styles.token}>
            <div className="row">
              <strong>{token.name}</strong>
              <code className={styles.hint}>
                <span className="sr-only">starts with </span>
                {token.hint}…
              </code>
              {token.expired && <span className={styles.expired}>Expired</span>}
            </div>
            <dl className={styles.facts}>
              <div>
                <dt>Access</dt>
                <dd>{API_TOKEN_SCOPE_LABELS[token.scope]}</dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>{day(token.createdAt, dates)}</dd>
              </div>
              <div>
                <dt>{token.expired ? "Expired" : "Expires"}</dt>
                <dd>{token.expiresAt === null ? "Never" : day(token.expiresAt, dates)}</dd>
              </div>
              <div>
                <dt>Last used</dt>
                <dd>
                  {token.lastUsedAt === null ? "Never used" : dayAndTime(token.lastUsedAt, dates)}
                </dd>
              </div>
            </dl>
          </div>
          <RevokeApiTokenButton id={token.id} name={token.name} revoke={props.revoke} />
        </li>
      ))}
    </ul>
  );
}
