import { serve } from "@/server/http/api/serve";
import { addCompletion, listCompletions } from "@/server/http/api/v1/completions";

export const dynamic = "force-dynamic";

export const GET = serve(listCompletions);
export const POST = serve(addCompletion);
