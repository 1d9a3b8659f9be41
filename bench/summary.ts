/**
 * The closing summary of `npm run bench`: one row per figure, with the target and whether it is met where
 * there is one, plus the number formats every section shares.
 */
import { formatTable } from './format-table.js';

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
/** For per-file costs, which can be a few hundredths of a millisecond. */
export const fineMs = (value: number): string => `${value.toFixed(3)} ms`;
export const signedMs = (value: number): string => `${value >= 0 ? '+' : ''}${ms(value)}`;
export const mib = (value: number): string => `${value.toFixed(1)} MiB`;
export const times = (value: number): string => `${value.toFixed(2)}x`;
export const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
/** The individual samples, rounded, in the order they were taken. */
export const samples = (values: readonly number[]): string => `[${values.map((value) => value.toFixed(0)).join(', ')}]`;

export class Summary {
  private readonly rows: string[][] = [];
  /** Set when a section could not measure at all (as opposed to a target not met). */
  failed = false;

  add(measure: string, figure: string, target = '', status = ''): void {
    this.rows.push([measure, figure, target, status]);
  }

  render(): string {
    return formatTable(['Measure', 'Figure', 'Target', 'Status'], this.rows);
  }
}
