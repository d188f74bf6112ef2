import type { ImportMode } from "@/domain/data/import";
import type { ExportEntity } from "@/schemas/data-export";

/** A row an import refused, and why, in words for the owner. */
export interface RejectedRow {
  entity: ExportEntity;
  /** Position in the file's list (0-based); settings name their key instead. */
  index: number | null;
  key: string | null;
  reason: string;
}

export interface EntityCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** What an import did, entity by entity. */
export interface ImportReport {
  mode: ImportMode;
  formatVersion: number;
  /** Rows in the file, over all entities. */
  rowCount: number;
  entities: Record<ExportEntity, EntityCounts>;
  /** Replace only: rows that were there before and are gone now. */
  removed: number;
}

/** One line of the import's progress stream. */
export type ImportStreamLine =
  | { type: "progress"; done: number; total: number }
  | { type: "report"; report: ImportReport; backup: string | null }
  | { type: "error"; status: number; message: string; rejected?: RejectedRow[] };

/** A local backup file as Settings > Data lists it. */
export interface BackupListItem {
  name: string;
  kind: string;
  day: string;
  takenAt: string;
  sizeBytes: number;
}
