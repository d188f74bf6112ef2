export {
  DEFAULT_DAY_START_HOUR,
  FIRST_SUPPORTED_DAY,
  LAST_SUPPORTED_DAY,
  MAX_DAY_START_HOUR,
  addDays,
  canonicalTimeZone,
  compareIsoDate,
  daysBetween,
  eachDay,
  isValidDayStartHour,
  isSupportedIsoDate,
  isValidIsoDate,
  isoDateProblem,
  isValidTimeZone,
  minIsoDate,
  weekday,
  ownerDay,
  type IsoDate,
  type OwnerDayOptions,
} from "./day";
export {
  DEFAULT_WEEK_STARTS_ON,
  PERIODS,
  assertTargetCount,
  eachPeriod,
  isPeriod,
  isRecurringPeriod,
  isWeekStartsOn,
  periodRange,
  shiftPeriod,
  type DayRange,
  type Period,
  type RecurringPeriod,
  type WeekStartsOn,
} from "./period";
export {
  isUpcoming,
  progressRange,
  taskOnDay,
  UPCOMING_DAYS,
  type TaskDayState,
  type TaskOnDay,
  type TaskSchedule,
} from "./due";
export { periodResults, type HabitHistoryInput, type PeriodResult } from "./period-results";
export { computeStreaks, streaksOf, type Streaks } from "./streak";
export {
  PERIODS_PER_WINDOW,
  RATE_WINDOWS,
  completionRate,
  completionRateOf,
  type CompletionRate,
  type RateWindow,
} from "./completion-rate";
export { heatmap, type HeatmapCell } from "./heatmap";
export { weeklyCompletionRates, weeklyRatesFirstDay, type WeeklyRate } from "./weekly-rates";
