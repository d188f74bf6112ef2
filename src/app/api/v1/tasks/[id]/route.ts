import { serveRoute } from "@/server/http/api/serve";
import { deleteTask } from "@/server/http/api/v1/task-actions";
import { getTask, updateTask } from "@/server/http/api/v1/tasks";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({
  GET: getTask,
  PATCH: updateTask,
  DELETE: deleteTask,
});
