import { serve } from "@/server/http/api/serve";
import { deleteDiaryEntry, getDiaryEntry, putDiaryEntry } from "@/server/http/api/v1/diary";

export const dynamic = "force-dynamic";

export const GET = serve(getDiaryEntry);
export const PUT = serve(putDiaryEntry);
export const DELETE = serve(deleteDiaryEntry);
