import { serveRoute } from "@/server/http/api/serve";
import { deleteWeightDay, getWeight, putWeight } from "@/server/http/api/v1/weight";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({
  GET: getWeight,
  PUT: putWeight,
  DELETE: deleteWeightDay,
});
