import { serveRoute } from "@/server/http/api/serve";
import { getOpenApi } from "@/server/http/api/v1/openapi-endpoint";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: getOpenApi });
