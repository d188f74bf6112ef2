import { serveRoute } from "@/server/http/api/serve";
import { searchDiaryEntries } from "@/server/http/api/v1/diary";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE } = serveRoute({ GET: searchDiaryEntries });
