import { InitialSchema1764064800000 } from "./1764064800000-InitialSchema";
import { DiarySearchIndex1764150000000 } from "./1764150000000-DiarySearchIndex";
import { TaskUnitArchiveRequestId1764200000000 } from "./1764200000000-TaskUnitArchiveRequestId";
import { HistoryVersion1765000000000 } from "./1765000000000-HistoryVersion";
import { DiaryVersion1766000000000 } from "./1766000000000-DiaryVersion";
import { RecordVersions1767000000000 } from "./1767000000000-RecordVersions";
import { ApiAccess1768000000000 } from "./1768000000000-ApiAccess";

/** Every migration in order. Listed explicitly so bundlers (Next, esbuild) include them. */
export const migrations = [
  InitialSchema1764064800000,
  DiarySearchIndex1764150000000,
  TaskUnitArchiveRequestId1764200000000,
  HistoryVersion1765000000000,
  DiaryVersion1766000000000,
  RecordVersions1767000000000,
  ApiAccess1768000000000,
];
