import { serveRoute } from "@/server/http/api/serve";
import { createTask, listTasks } from "@/server/http/api/v1/tasks";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: listTasks, POST: createTask });
