import { serveRoute } from "@/server/http/api/serve";
import { addDayCalories } from "@/server/http/api/v1/calories";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ POST: addDayCalories });
