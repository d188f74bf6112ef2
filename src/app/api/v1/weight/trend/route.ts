import { serveRoute } from "@/server/http/api/serve";
import { getWeightTrend } from "@/server/http/api/v1/weight";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: getWeightTrend });
