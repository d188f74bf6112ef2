import { serveRoute } from "@/server/http/api/serve";
import { getSettings, patchSettingsEndpoint } from "@/server/http/api/v1/settings";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({
  GET: getSettings,
  PATCH: patchSettingsEndpoint,
});
