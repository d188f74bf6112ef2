import { serveRoute } from "@/server/http/api/serve";
import { undoCompletion } from "@/server/http/api/v1/completions";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ DELETE: undoCompletion });
