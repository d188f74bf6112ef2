import { serveRoute } from "@/server/http/api/serve";
import { deleteDiaryEntry, getDiaryEntry, putDiaryEntry } from "@/server/http/api/v1/diary";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({
  GET: getDiaryEntry,
  PUT: putDiaryEntry,
  DELETE: deleteDiaryEntry,
});
