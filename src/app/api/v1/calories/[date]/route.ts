import { serveRoute } from "@/server/http/api/serve";
import { deleteCalories, getCalories, putCalories } from "@/server/http/api/v1/calories";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({
  GET: getCalories,
  PUT: putCalories,
  DELETE: deleteCalories,
});
