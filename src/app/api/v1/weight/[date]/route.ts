import { serve } from "@/server/http/api/serve";
import { deleteWeightDay, getWeight, putWeight } from "@/server/http/api/v1/weight";

export const dynamic = "force-dynamic";

export const GET = serve(getWeight);
export const PUT = serve(putWeight);
export const DELETE = serve(deleteWeightDay);
