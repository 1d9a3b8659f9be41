/**
 * A call restated as one GLIDE method, for the rules whose source method stands for several commands (ioredis'
 * `script(...)` and `function(...)`): the method, its arguments, the conversion of its reply back to the source
 * client's shape and the cast the source typings promised, and what the report says of it.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import type { ReplyConversion, RuleContext } from '../../engine/rewrite/rule.js';
import type { ArgumentKind } from './arguments.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { isCastByProgram } from './cast-by-program.js';

export interface MethodMigration {
  readonly method: string;
  readonly args: readonly ArgumentKind[];
  readonly conversion?: ReplyConversion;
  readonly typeScript?: string;
  readonly summary: string;
}

/** The modes SCRIPT FLUSH and FUNCTION FLUSH take, as GLIDE's `FlushMode` names them. */
export const FLUSH_MODES: ReadonlySet<string> = new Set(['ASYNC', 'SYNC']);

/** Rewrites the call as `migration` says; a cast the program wrote itself is kept rather than another added. */
export function applyMethodMigration(call: ClientCall, context: RuleContext, migration: MethodMigration): void {
  setMethod(call, context, migration.method);
  setArguments(call, migration.args);
  const typing = isCastByProgram(call.path) ? {} : { typeScript: migration.typeScript };
  if (migration.conversion || typing.typeScript) context.convertReply(call, migration.conversion, typing);
  context.recordEdit(call.path.node, `${call.method}(...) → ${migration.summary}`);
}
