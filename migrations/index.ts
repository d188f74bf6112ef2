import { InitialSchema1764064800000 } from "./1764064800000-InitialSchema";

/** Every migration in order. Listed explicitly so bundlers (Next, esbuild) include them. */
export const migrations = [InitialSchema1764064800000];
