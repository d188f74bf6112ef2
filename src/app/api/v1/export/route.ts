import { serveRoute } from "@/server/http/api/serve";
import { getExport } from "@/server/http/api/v1/export";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: getExport });
