import type { SourceLibrary } from '../analyse/types.js';

/**
 * What a run records: each change a rule made and each place it had to leave to a person. The report is built
 * from these records, and a file counts as changed exactly when its edit log is not empty.
 */
export interface Edit {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly summary: string;
}

export type DiagnosticSeverity = 'todo' | 'warning';

export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: DiagnosticSeverity;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * A place that keeps a client from being migrated: a use no rule can rewrite so that it behaves the same.
 * `client` is the binding id in the file's analysis; `undefined` means the place concerns every client of the file,
 * `null` none (a construction assigned to no name is left as it is on its own).
 */
export interface Blocker {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly client: number | null | undefined;
  /** The source library of the client it blocks, when known. */
  readonly library: SourceLibrary | undefined;
}
