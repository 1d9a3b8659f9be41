/**
 * The rule contract the engine owns and its callers fill: the shape of a migration rule, one behaviour difference between a source client and GLIDE. A rule looks at
 * the analysis' typed facts and changes the tree only through the context, which records every edit and every
 * TODO; it never prints and never touches source text.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientBinding, ClientCall, FileAnalysis, QueuedBatch, SourceLibrary } from '../analyse/types.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { Position } from '../../ast/position.js';
import type { CallbackReader, ReplyConversion, ReplyTyping } from './reply-placement.js';

export type { CallbackReader, ReplyConversion, ReplyTyping } from './reply-placement.js';

export type RuleSafety =
  /** The rewrite keeps behaviour exactly (verified against a real server by the rule's fixtures). */
  | 'exact'
  /** The rule never rewrites; it leaves a TODO and a report entry where a person must decide. */
  | 'flags';

/**
 * When a rule runs. Phases run in this order; within one, rules are independent of each other (call rules own
 * disjoint methods and see the calls innermost first across the phase), so the order of the registry carries no
 * meaning:
 * - `construction`: clients are created the GLIDE way (or left as written, which the later phases respect);
 * - `inspection`: uses that leave the code the codemod follows (escapes, error handling) are found;
 * - `callbacks`, `receivers`: node-style callbacks move onto promises; calls on clients held as promises await them;
 * - `commands`, `lifecycle`: each client call is rewritten by the one rule that owns its method;
 * - `fallback`: calls no rule owns keep their client as written;
 * - `types`, `imports`: file-wide follow-ups of all of the above.
 */
export const RULE_PHASES = ['construction', 'inspection', 'callbacks', 'receivers', 'commands', 'lifecycle', 'fallback', 'types', 'imports'] as const;

export type RulePhase = (typeof RULE_PHASES)[number];

interface RuleBase {
  /** Stable kebab-case id; names the rule file, its docs page (docs/rules/<id>.md) and its fixtures. */
  readonly id: string;
  readonly phase: RulePhase;
  readonly summary: string;
  readonly clients: readonly SourceLibrary[];
  readonly safety: RuleSafety;
}

/**
 * A rule for method calls on a client: `commands` lists the methods it owns, per source library, or is
 * `unclaimed` for the one rule that handles every call no other rule owns.
 */
export interface CallRule extends RuleBase {
  readonly kind: 'call';
  readonly commands: Readonly<Partial<Record<SourceLibrary, readonly string[]>>> | 'unclaimed';
  /**
   * The rule owns the calls that run a script the program defined on a client of its `clients`
   * (`ClientCall.definedScript`), whatever their method name; no other rule but the fallback gets them.
   */
  readonly definedScripts?: boolean;
  apply(call: ClientCall, context: RuleContext): void;
}

/** A rule over a whole file (constructions, imports, types): runs once per file, in its phase. */
export interface FileRule extends RuleBase {
  readonly kind: 'file';
  apply(context: RuleContext): void;
}

export type Rule = CallRule | FileRule;

export type Quote = 'single' | 'double';

/** Node's own modules migrated code may import from. */
export type BuiltinModule = 'node:stream';

export interface FlagOptions {
  /** The node whose position the report names, when it is not `path`'s (a removed statement's TODO moved on). */
  readonly about?: unknown;
  /** The place the report names, where the nodes there were built by rules (a call as the analysis saw it). */
  readonly at?: Position;
  /**
   * The client the flagged use belongs to. A call rule's flags belong to the call's client without saying so; a
   * file rule names it. `null` says the place belongs to no client binding (a construction assigned to nothing);
   * a file rule's flag that names none blocks every client of the file.
   */
  readonly client?: ClientBinding | null;
  /** With `client: null`, the library of the client the place belongs to (a construction assigned to nothing). */
  readonly library?: SourceLibrary;
}

/** What a queued command's rule asked for its reply, to be applied at the command's slot of the batch's reply. */
export interface SlotReply {
  /** Converts the slot's value (GLIDE's reply to the command) to the source client's shape. */
  readonly convert?: (reply: ExpressionKind) => ExpressionKind;
  /** `convert` names its argument once, so it may be given an expression (not only a name). */
  readonly singleUse?: boolean;
  /** The type the source typings promised for the slot. */
  readonly typeScript?: string;
}

export interface RuleContext {
  readonly j: JSCodeshift;
  readonly file: ParsedFile;
  readonly analysis: FileAnalysis;
  readonly typeScript: boolean;
  /** Records that the rule changed the tree at `node` (its original position is used). */
  recordEdit(node: unknown, summary: string): void;
  /**
   * Says that the use at `path` cannot be migrated so that it behaves the same. By default this blocks the client
   * it concerns (see `FlagOptions.client`): the engine then leaves that client and every name it reaches exactly as
   * written, and reports this place as the reason. With `--partial` it leaves a TODO comment above the statement
   * holding `path` and a report entry instead (never duplicated).
   */
  flag(path: ASTPath, reason: string, options?: FlagOptions): void;
  /**
   * A TODO for a person where the migrated code behaves the same (a listener that only logged, arguments the
   * source client ignored): the comment is left above the statement holding `path`, and the client is migrated.
   */
  note(path: ASTPath, reason: string, options?: FlagOptions): void;
  /**
   * Asks for the call's reply to reach the program as the source client gave it: `conversion` turns GLIDE's reply
   * into that shape, `typing` names the type the source typings promised (the TypeScript cast). The placement step
   * puts both where the value is read (awaited, a promise passed on, a callback); returns whether that changes
   * anything (nothing does where the value is thrown away).
   */
  convertReply(call: ClientCall, conversion: ReplyConversion | undefined, typing?: ReplyTyping): boolean;
  /**
   * What the rules of a batch's queued commands asked for their replies (`convertReply` on a queued command is
   * kept for its slot, not placed where the command stands), by queued command: the batch rule applies them to the
   * slots of the reply the batch's exec gives.
   */
  slotReplies(batch: QueuedBatch): ReadonlyMap<ClientCall, SlotReply>;
  /** Whether a rule asked for the call's reply to be converted (`convertReply` with a conversion, not only a cast). */
  convertsReply(call: ClientCall): boolean;
  /** Says that a node-style callback now reads the call's reply from its promise (see `CallbackReader`). */
  readReplyWithCallback(call: ClientCall, reader: CallbackReader): void;
  /** Names a value the migrated file imports from `@valkey/valkey-glide`. */
  useGlideExport(name: string): void;
  /** Every name rules asked for so far (the import rule, which runs last, adds them). */
  readonly glideExportsInUse: ReadonlySet<string>;
  /**
   * Names a value the migrated file imports from one of Node's own modules (`Readable` from `node:stream`). The
   * rule asking has made sure the name means nothing else where it uses it.
   */
  useBuiltinExport(module: BuiltinModule, name: string): void;
  /** Every builtin module's names rules asked for so far, by module. */
  readonly builtinExportsInUse: ReadonlyMap<BuiltinModule, ReadonlySet<string>>;
  /** A binding whose construction could not be migrated: its calls are left as they are. */
  freeze(binding: ClientBinding): void;
  isFrozen(binding: ClientBinding): boolean;
  /** The call's binding is migrated and a command or lifecycle rule (not the fallback) owns its method. */
  willBeMigrated(call: ClientCall): boolean;
  /** No rule migrates this call: it stays as written (the caller has flagged why). */
  leaveAsIs(call: ClientCall): void;
  /**
   * Runs `wrap` once every rule has applied, for a rule that must put code around whatever the later rules make
   * of a call (`redis.then((client) => ...)` around a converted reply). Wraps run in the order they were queued,
   * so code from a rule that runs later in the registry ends up outside code from an earlier one.
   */
  afterRules(wrap: () => void): void;
  /**
   * Hands the call, its node already rewritten as `method` of the same client (a raw `call('GET', key)` as
   * `get(key)`), to the command rule that owns that method, which migrates it as if it had been written so; its
   * flags and edits are that rule's. `programCast` is a type the program gave the reply itself
   * (`sendCommand<string>(...)`), cast to in place of the one the rule would write. Returns false, changing
   * nothing more, when no command rule owns the method.
   */
  restate(call: ClientCall, method: string, programCast?: string): boolean;
}

export function defineCallRule(rule: Omit<CallRule, 'kind'>): CallRule {
  return { kind: 'call', ...rule };
}

export function defineFileRule(rule: Omit<FileRule, 'kind'>): FileRule {
  return { kind: 'file', ...rule };
}
