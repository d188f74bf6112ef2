import { ApiRateWindowEntity, ApiTokenEntity, IdempotencyKeyEntity } from "./api-access";
import { CompletionEntity } from "./completion";
import { CalorieEntryEntity, DiaryEntryEntity, WeightEntryEntity } from "./day-entries";
import { LoginAttemptEntity } from "./login-attempt";
import { SettingEntity } from "./settings";
import { TaskEntity } from "./task";
import { UserEntity } from "./user";

export * from "./api-access";
export * from "./completion";
export * from "./day-entries";
export * from "./login-attempt";
export * from "./settings";
export * from "./task";
export * from "./user";

export const entities = [
  UserEntity,
  TaskEntity,
  CompletionEntity,
  CalorieEntryEntity,
  WeightEntryEntity,
  DiaryEntryEntity,
  SettingEntity,
  LoginAttemptEntity,
  ApiTokenEntity,
  ApiRateWindowEntity,
  IdempotencyKeyEntity,
];
