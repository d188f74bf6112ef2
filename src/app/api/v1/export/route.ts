import { serve } from "@/server/http/api/serve";
import { getExport } from "@/server/http/api/v1/export";

export const dynamic = "force-dynamic";

export const GET = serve(getExport);
