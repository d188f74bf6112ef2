import { serve } from "@/server/http/api/serve";
import { getDayList } from "@/server/http/api/v1/days";

export const dynamic = "force-dynamic";

export const GET = serve(getDayList);
