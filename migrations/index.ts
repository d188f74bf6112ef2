import { InitialSchema1764064800000 } from "./1764064800000-InitialSchema";
import { DiarySearchIndex1764150000000 } from "./1764150000000-DiarySearchIndex";
import { TaskUnitArchiveRequestId1764200000000 } from "./1764200000000-TaskUnitArchiveRequestId";

/** Every migration in order. Listed explicitly so bundlers (Next, esbuild) include them. */
export const migrations = [
  InitialSchema1764064800000,
  DiarySearchIndex1764150000000,
  TaskUnitArchiveRequestId1764200000000,
];
