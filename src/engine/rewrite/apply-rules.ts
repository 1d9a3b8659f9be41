/**
 * Runs the rules over one analysed file phase by phase (RULE_PHASES); the order rules are given in carries no
 * meaning. In a phase, file rules run once, then the calls are taken innermost first and each goes to the one rule
 * of the phase that owns its method, so that a rule rewriting an outer call reuses argument nodes an inner rule
 * already rewrote, whichever rules they are. Every call is claimed by exactly one rule.
 *
 * The run carries the decision made so far: the clients that stay as written (`blocked`) are frozen from the
 * start, so no rule touches them. A flag on any other client is recorded as a blocker, for the caller to decide
 * again; only with `partial` does it become a TODO comment in the code.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientBinding, ClientCall, FileAnalysis, QueuedBatch } from '../analyse/types.js';
import { byPlace, endOf, findSourcePosition, positionOf, sourceLinesOf } from '../../ast/position.js';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { isTypeScriptFile } from '../../ast/source-language.js';
import { placeReply, type ReplyPlan } from './reply-placement.js';
import { nodeRedisBufferCast } from '../../knowledge/commands/catalogue.js';
import { RULE_PHASES, type BuiltinModule, type CallRule, type FlagOptions, type Rule, type RulePhase, type RuleContext, type SlotReply } from './rule.js';

/** The placement step runs when the phases that rewrite calls are done. */
const PLACEMENT_AFTER: RulePhase = 'lifecycle';
import type { Blocker, Diagnostic, Edit } from './edits.js';
import { addTodoComment } from '../../ast/todo-comments.js';
import { whileRewriting } from '../../ast/node-index.js';
import { inStage } from '../errors.js';
import { literalToken } from '../../ast/literal-token.js';

export interface RewriteDecision {
  /** The user asked to migrate what can be and leave TODOs where a use cannot (`--partial`). */
  readonly partial: boolean;
  /** Ids of the file's bindings whose clients stay as written. */
  readonly blocked: ReadonlySet<number>;
}

export interface RewriteOutcome {
  readonly edits: readonly Edit[];
  readonly diagnostics: readonly Diagnostic[];
  readonly blockers: readonly Blocker[];
  readonly glideExports: ReadonlySet<string>;
}

class FileRewrite {
  readonly edits: Edit[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly blockers: Blocker[] = [];
  readonly glideExports = new Set<string>();
  readonly builtinExports = new Map<BuiltinModule, Set<string>>();
  readonly frozen = new Set<number>();
  readonly claimed = new Set<ClientCall>();
  /** recast's line table of the file's own text: a node located in it has a place to report. */
  readonly sourceLines: unknown;
  readonly wraps: { readonly ruleId: string; readonly wrap: () => void }[] = [];
  readonly replies = new Map<ClientCall, ReplyPlan & { placed?: boolean }>();
  readonly slots = new Map<QueuedBatch, Map<ClientCall, SlotReply>>();
  /** The analysis' call each restated call stands for (`restate`), so a slot reply is kept under the queued command. */
  readonly restatedFrom = new Map<ClientCall, ClientCall>();
  /** `library:method SUBCOMMAND` for each subcommand a rule claims apart from its method's owner. */
  readonly subcommandClaims: ReadonlySet<string>;

  planFor(call: ClientCall): ReplyPlan & { placed?: boolean } {
    const plan = this.replies.get(call) ?? {};
    this.replies.set(call, plan);
    return plan;
  }

  /** Places a call's reply once; returns whether that changed the tree. */
  place(call: ClientCall): boolean {
    const plan = this.replies.get(call);
    if (!plan || plan.placed) return false;
    plan.placed = true;
    return placeReply(this.file.j, call, plan);
  }

  constructor(
    readonly file: ParsedFile,
    readonly analysis: FileAnalysis,
    readonly rules: readonly Rule[],
    readonly decision: RewriteDecision,
  ) {
    this.sourceLines = sourceLinesOf(file.root);
    this.subcommandClaims = new Set(
      rules.flatMap((rule) =>
        rule.kind === 'call' && rule.commands !== 'unclaimed'
          ? Object.entries(rule.commands).flatMap(([library, names]) => (names ?? []).filter((name) => name.includes(' ')).map((name) => `${library}:${name}`))
          : [],
      ),
    );
    for (const id of decision.blocked) this.freeze(id);
  }

  freeze(start: number): void {
    // A client left alone stays the source client wherever it is passed: those names are left alone too.
    const pending = [start];
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (this.frozen.has(id)) continue;
      this.frozen.add(id);
      pending.push(...(this.bindingById(id)?.flowsInto ?? []));
    }
  }

  bindingById(id: number): ClientBinding | undefined {
    return this.analysis.bindings.find((binding) => binding.id === id);
  }

  /** The binding id a flag concerns: the one the rule names, else the call's, else (undefined) the whole file. */
  clientOf(options: FlagOptions | undefined, call: ClientCall | undefined): number | null | undefined {
    if (options?.client === null) return null;
    return (options?.client ?? call?.binding)?.id;
  }

  /**
   * The path a TODO comment is written at: a command of ioredis' array form stands in a chain built outside the
   * tree (`QueuedBatch.listed`) until the batch is started, so its comment goes where the batch is started.
   */
  inTree(path: ASTPath): ASTPath {
    let top = path;
    while (top.parent) top = top.parent as ASTPath;
    const start = this.analysis.calls.find((call) => call.batch?.role === 'start' && call.batch.batch.listed?.chain.parent === top);
    return start ? start.path : path;
  }

  leaveTodo(rule: Rule, path: ASTPath, reason: string, options: FlagOptions | undefined): void {
    const where = options?.at ?? positionOf(options?.about ?? path.node);
    // A rerun finds the comment already there: the diagnostic is reported again, the file is not changed.
    if (addTodoComment(this.file.j, this.inTree(path), rule.id, reason)) {
      this.edits.push({ ruleId: rule.id, ...where, summary: `flagged: ${reason}` });
    }
    const duplicate = this.diagnostics.some(
      (entry) => entry.ruleId === rule.id && entry.line === where.line && entry.message === reason,
    );
    if (!duplicate) this.diagnostics.push({ ruleId: rule.id, severity: 'todo', ...where, message: reason });
  }

  contextFor(rule: Rule, call?: ClientCall): RuleContext {
    const { file, analysis } = this;
    const state = this;
    return {
      j: file.j,
      file,
      analysis,
      typeScript: isTypeScriptFile(file.path),
      recordEdit(node, summary) {
        // A node the rule built has no place in the source: the call being migrated names the edit's place.
        const where = findSourcePosition(node, state.sourceLines) ?? (call ? { line: call.line, column: call.column } : positionOf(node));
        state.edits.push({ ruleId: rule.id, ...where, summary });
      },
      flag(path: ASTPath, reason: string, options?: FlagOptions) {
        if (state.decision.partial) {
          state.leaveTodo(rule, path, reason, options);
          return;
        }
        const client = state.clientOf(options, call);
        const library = typeof client === 'number' ? state.bindingById(client)?.library : options?.library;
        state.blockers.push({ ruleId: rule.id, ...(options?.at ?? positionOf(options?.about ?? path.node)), message: reason, client, library });
      },
      note(path: ASTPath, reason: string, options?: FlagOptions) {
        const client = state.clientOf(options, call);
        if (typeof client === 'number' && state.frozen.has(client)) return;
        state.leaveTodo(rule, path, reason, options);
      },
      convertReply(target: ClientCall, conversion, typing = {}) {
        if (target.batch?.role === 'entry') {
          const slots = state.slots.get(target.batch.batch) ?? new Map<ClientCall, SlotReply>();
          state.slots.set(target.batch.batch, slots);
          const convert = conversion ? (reply: ExpressionKind) => conversion.convert(reply, this) : undefined;
          slots.set(state.restatedFrom.get(target) ?? target, { convert, singleUse: conversion?.singleUse, typeScript: typing.typeScript });
          return conversion !== undefined;
        }
        const plan = state.planFor(target);
        let castTo = isTypeScriptFile(file.path) ? (plan.programCast ?? typing.typeScript) : undefined;
        // A client created with node-redis' Buffer mapping was typed with Buffers where the rules' casts say strings.
        if (castTo && !plan.programCast && target.binding.construction?.bufferReplies) castTo = nodeRedisBufferCast(target.method, castTo);
        Object.assign(plan, { conversion, castTo, context: this });
        // Placed now, while the call's rule runs: the rules of enclosing calls, which run later, then take the
        // converted value along. A callback reading the reply was recorded in an earlier phase.
        return state.place(target);
      },
      convertsReply(target: ClientCall) {
        return state.replies.get(target)?.conversion !== undefined;
      },
      slotReplies(batch: QueuedBatch) {
        return state.slots.get(batch) ?? new Map<ClientCall, SlotReply>();
      },
      readReplyWithCallback(target: ClientCall, reader) {
        state.planFor(target).callback = reader;
      },
      useGlideExport(name) {
        state.glideExports.add(name);
      },
      get glideExportsInUse() {
        return state.glideExports;
      },
      useBuiltinExport(module, name) {
        const names = state.builtinExports.get(module) ?? new Set<string>();
        state.builtinExports.set(module, names.add(name));
      },
      get builtinExportsInUse() {
        return state.builtinExports;
      },
      freeze(binding: ClientBinding) {
        state.freeze(binding.id);
      },
      isFrozen(binding: ClientBinding) {
        return state.frozen.has(binding.id);
      },
      willBeMigrated(candidate: ClientCall) {
        if (state.frozen.has(candidate.binding.id)) return false;
        return state.rules.some(
          (other) => other.kind === 'call' && other.commands !== 'unclaimed' && state.owns(other, candidate),
        );
      },
      leaveAsIs(candidate: ClientCall) {
        state.claimed.add(candidate);
      },
      afterRules(wrap: () => void) {
        state.wraps.push({ ruleId: rule.id, wrap });
      },
      restate(target: ClientCall, method: string, programCast?: string) {
        const restated: ClientCall = { ...target, method };
        state.restatedFrom.set(restated, state.restatedFrom.get(target) ?? target);
        const owner = state.rules.find(
          (other): other is CallRule => other.kind === 'call' && other !== rule && other.phase === rule.phase && other.commands !== 'unclaimed' && state.owns(other, restated),
        );
        if (!owner) return false;
        // One reply plan for both: the placement step after the rules places the call as the analysis knows it.
        const plan = state.planFor(target);
        if (programCast) Object.assign(plan, { programCast, castTo: programCast });
        state.replies.set(restated, plan);
        inStage(owner.id, () => owner.apply(restated, state.contextFor(owner, restated)));
        return true;
      },
    };
  }

  owns(rule: CallRule, call: ClientCall): boolean {
    if (this.claimed.has(call) || this.frozen.has(call.binding.id)) return false;
    if (rule.commands === 'unclaimed') return true;
    if (call.definedScript) return rule.definedScripts === true && rule.clients.includes(call.binding.library);
    const names = rule.commands[call.binding.library] ?? [];
    // A rule that claims one subcommand of a method (`client TRACKINGINFO`) owns those calls, not the method's owner.
    const subcommand = subcommandClaim(call);
    if (subcommand && this.subcommandClaims.has(`${call.binding.library}:${subcommand}`)) return names.includes(subcommand);
    return names.includes(call.method);
  }
}

/** `client TRACKINGINFO` for a call whose first argument is a string literal, the subcommand of a container method. */
function subcommandClaim(call: ClientCall): string | undefined {
  const first = call.path.node.arguments[0];
  const subcommand = first ? literalToken(first) : undefined;
  return subcommand ? `${call.method} ${subcommand}` : undefined;
}

function innermostFirst(a: ClientCall, b: ClientCall): number {
  const [startA, startB] = [positionOf(a.path.node), positionOf(b.path.node)];
  const byStart = startB.line - startA.line || startB.column - startA.column;
  if (byStart !== 0) return byStart;
  const [endA, endB] = [endOf(a.path.node), endOf(b.path.node)];
  return endA.line - endB.line || endA.column - endB.column;
}

/**
 * A call the analysis knows by another name than the program wrote (node-redis' `LPOP` is its `lPop`) is given that
 * name first, on the clients being migrated, so every rule meets the spelling its knowledge has.
 */
function spellAsAnalysed(file: ParsedFile, calls: readonly ClientCall[], frozen: ReadonlySet<number>): void {
  for (const call of calls) {
    if (frozen.has(call.binding.id)) continue;
    const callee = call.path.node.callee as { property?: { type: string; name?: string } };
    if (callee.property?.type === 'Identifier' && callee.property.name !== call.method) callee.property = file.j.identifier(call.method);
  }
}

export function applyRules(
  file: ParsedFile,
  analysis: FileAnalysis,
  rules: readonly Rule[],
  decision: RewriteDecision,
): RewriteOutcome {
  const rewrite = new FileRewrite(file, analysis, rules, decision);
  // Innermost calls first (the latest-starting; of a chain, the one ending first); see the module comment.
  const calls = [...analysis.calls].sort(innermostFirst);
  whileRewriting(file, () => {
    spellAsAnalysed(file, calls, rewrite.frozen);
    for (const phase of RULE_PHASES) {
      const inPhase = rules.filter((rule) => rule.phase === phase);
      for (const rule of inPhase) {
        if (rule.kind === 'file') inStage(rule.id, () => rule.apply(rewrite.contextFor(rule)));
      }
      const callRules = inPhase.filter((rule): rule is CallRule => rule.kind === 'call');
      if (callRules.length === 0) continue;
      for (const call of calls) {
        const rule = callRules.find((candidate) => rewrite.owns(candidate, call));
        if (!rule) continue;
        rewrite.claimed.add(call);
        inStage(rule.id, () => rule.apply(call, rewrite.contextFor(rule, call)));
      }
      // Once every call is rewritten, the replies no rule converted but a callback reads go to it.
      if (phase === PLACEMENT_AFTER) {
        for (const call of calls) inStage('reply placement', () => rewrite.place(call));
      }
    }
    for (const { ruleId, wrap } of rewrite.wraps) inStage(ruleId, wrap);
  });
  return {
    edits: rewrite.edits.sort(byPlace),
    diagnostics: rewrite.diagnostics.sort(byPlace),
    blockers: rewrite.blockers.sort(byPlace),
    glideExports: rewrite.glideExports,
  };
}
