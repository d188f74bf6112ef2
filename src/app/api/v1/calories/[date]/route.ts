import { serve } from "@/server/http/api/serve";
import { deleteCalories, getCalories, putCalories } from "@/server/http/api/v1/calories";

export const dynamic = "force-dynamic";

export const GET = serve(getCalories);
export const PUT = serve(putCalories);
export const DELETE = serve(deleteCalories);
