import type { ApiTokenSummary } from "@/schemas/api-token";
import type { FormAction, ObjectAction } from "@/schemas/form-state";
import { ApiTokenCreateForm } from "./api-token-create-form";
import { ApiTokenList } from "./api-token-list";

/** Settings > API tokens: what they are for, the tokens not revoked, and a form for a new one. */
export function ApiTokensSection(props: {
  tokens: ApiTokenSummary[];
  locale: string;
  timeZone: string;
  create: FormAction;
  revoke: ObjectAction<{ id: string }, void>;
}) {
  return (
    <section className="card stack" aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">API tokens</h2>
      <p>
        A token lets a script, a smart scale or a phone shortcut read your data, or record a weight,
        through Tracker&rsquo;s API. It cannot open pages or change your password. Send it as{" "}
        <code>Authorization: Bearer trk_…</code>; the endpoints are described in the{" "}
        <a href="/api/v1/openapi.json">API document (OpenAPI)</a>.
      </p>
      <ApiTokenList
        tokens={props.tokens}
        locale={props.locale}
        timeZone={props.timeZone}
        revoke={props.revoke}
      />
      <ApiTokenCreateForm action={props.create} />
    </section>
  );
}
