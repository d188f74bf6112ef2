import { serve } from "@/server/http/api/serve";
import { createTask, listTasks } from "@/server/http/api/v1/tasks";

export const dynamic = "force-dynamic";

export const GET = serve(listTasks);
export const POST = serve(createTask);
