import { serveRoute } from "@/server/http/api/serve";
import { getDayList } from "@/server/http/api/v1/days";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: getDayList });
