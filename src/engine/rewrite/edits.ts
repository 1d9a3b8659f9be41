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
