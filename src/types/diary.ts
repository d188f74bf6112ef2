import type { IsoDate } from "@/domain/calendar";
import type { HighlightSegment } from "@/domain/diary";

export interface DiaryEntry {
  date: IsoDate;
  content: string;
  /** When it was last saved (UTC ISO text). */
  updatedAt: string;
}

export interface DiaryMonth {
  month: string;
  entries: number;
}

export interface DiarySearchHit {
  date: IsoDate;
  rank: number;
  snippet: HighlightSegment[];
}
