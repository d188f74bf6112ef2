import { serve } from "@/server/http/api/serve";
import { getSettings, patchSettingsEndpoint } from "@/server/http/api/v1/settings";

export const dynamic = "force-dynamic";

export const GET = serve(getSettings);
export const PATCH = serve(patchSettingsEndpoint);
