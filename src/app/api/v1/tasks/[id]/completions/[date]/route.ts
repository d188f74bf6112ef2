import { serve } from "@/server/http/api/serve";
import { undoCompletion } from "@/server/http/api/v1/completions";

export const dynamic = "force-dynamic";

export const DELETE = serve(undoCompletion);
