/**
 * The contract of a GLIDE pitfall: a mistake in GLIDE code that runs but does the wrong thing, or that the type
 * checker cannot see in JavaScript. Each pitfall is one small unit that looks at calls on GLIDE clients through
 * the TypeScript checker (which infers types in JavaScript too).
 */
import type { CallExpression, Node, SourceFile } from 'ts-morph';

export interface Finding {
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface PitfallContext {
  readonly sourceFile: SourceFile;
  readonly language: 'ts' | 'js';
  /** Whether `node` is a GLIDE client (GlideClient, GlideClusterClient or their BaseClient). */
  isGlideClient(node: Node): boolean;
  /** The calls `receiver.method(...)` on a GLIDE client in the file, for one method name. */
  clientCalls(method: string): readonly CallExpression[];
  /** A finding at `node`. */
  at(node: Node, message: string): Omit<Finding, 'ruleId'>;
}

export interface Pitfall {
  readonly id: string;
  readonly summary: string;
  find(context: PitfallContext): readonly Omit<Finding, 'ruleId'>[];
}

export const definePitfall = (pitfall: Pitfall): Pitfall => pitfall;
