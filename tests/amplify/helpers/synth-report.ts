/** What tests/amplify/helpers/synth-backend.ts prints for one synthesis. */
export interface SynthReport {
  readonly stacks: ReadonlyArray<{
    readonly path: string;
    readonly nested: boolean;
    readonly template: Record<string, unknown>;
  }>;
  readonly violations: ReadonlyArray<{
    readonly rule: string;
    readonly severity: string;
    readonly paths: readonly string[];
  }>;
  readonly acknowledgements: ReadonlyArray<{
    readonly path: string;
    readonly id: string;
    readonly reason: string;
  }>;
}
