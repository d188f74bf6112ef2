/** Entry point for the deploy-time migration function (amplify/functions/migrate). */
export { migrateDatabase } from "./migrate";
