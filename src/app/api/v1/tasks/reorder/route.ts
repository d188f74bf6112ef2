import { serveRoute } from "@/server/http/api/serve";
import { reorderTasks } from "@/server/http/api/v1/task-actions";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ POST: reorderTasks });
