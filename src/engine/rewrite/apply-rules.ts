/**
 * Runs the rules over one analysed file in registry order. File rules run once; a call rule runs on each call
 * whose method it owns, innermost calls first, so that a rule rewriting an outer call reuses argument nodes an
 * inner rule already rewrote. Every call is claimed by exactly one rule.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientBinding, ClientCall, FileAnalysis } from '../analyse/types.js';
import { positionOf } from '../analyse/position.js';
import type { ParsedFile } from '../parse.js';
import { isTypeScriptFile } from '../source-language.js';
import type { CallRule, Rule, RuleContext } from '../../rules/rule.js';
import type { Diagnostic, Edit } from './edits.js';
import { addTodoComment } from './todo-comments.js';
import { whileRewriting } from '../analyse/node-index.js';

export interface RewriteOutcome {
  readonly edits: readonly Edit[];
  readonly diagnostics: readonly Diagnostic[];
  readonly glideExports: ReadonlySet<string>;
}

class FileRewrite {
  readonly edits: Edit[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly glideExports = new Set<string>();
  readonly frozen = new Set<number>();
  readonly claimed = new Set<ClientCall>();
  readonly wraps: (() => void)[] = [];

  constructor(
    readonly file: ParsedFile,
    readonly analysis: FileAnalysis,
    readonly rules: readonly Rule[],
  ) {}

  contextFor(rule: Rule): RuleContext {
    const { file, analysis } = this;
    const state = this;
    return {
      j: file.j,
      file,
      analysis,
      typeScript: isTypeScriptFile(file.path),
      recordEdit(node, summary) {
        state.edits.push({ ruleId: rule.id, ...positionOf(node), summary });
      },
      flag(path: ASTPath, reason: string, about?: unknown) {
        const where = positionOf(about ?? path.node);
        // A rerun finds the comment already there: the diagnostic is reported again, the file is not changed.
        if (addTodoComment(file.j, path, rule.id, reason)) {
          state.edits.push({ ruleId: rule.id, ...where, summary: `flagged: ${reason}` });
        }
        const duplicate = state.diagnostics.some(
          (entry) => entry.ruleId === rule.id && entry.line === where.line && entry.message === reason,
        );
        if (!duplicate) state.diagnostics.push({ ruleId: rule.id, severity: 'todo', ...where, message: reason });
      },
      useGlideExport(name) {
        state.glideExports.add(name);
      },
      get glideExportsInUse() {
        return state.glideExports;
      },
      freeze(binding: ClientBinding) {
        // A client left alone stays the source client wherever it is passed: those names are left alone too.
        const pending = [binding.id];
        for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
          if (state.frozen.has(id)) continue;
          state.frozen.add(id);
          pending.push(...(analysis.bindings[id]?.flowsInto ?? []));
        }
      },
      isFrozen(binding: ClientBinding) {
        return state.frozen.has(binding.id);
      },
      willBeMigrated(call: ClientCall) {
        if (state.frozen.has(call.binding.id)) return false;
        return state.rules.some(
          (candidate) => candidate.kind === 'call' && candidate.commands !== 'unclaimed' && state.owns(candidate, call),
        );
      },
      leaveAsIs(call: ClientCall) {
        state.claimed.add(call);
      },
      afterRules(wrap: () => void) {
        state.wraps.push(wrap);
      },
    };
  }

  owns(rule: CallRule, call: ClientCall): boolean {
    if (this.claimed.has(call) || this.frozen.has(call.binding.id)) return false;
    if (rule.commands === 'unclaimed') return true;
    return rule.commands[call.binding.library]?.includes(call.method) ?? false;
  }
}

export function applyRules(file: ParsedFile, analysis: FileAnalysis, rules: readonly Rule[]): RewriteOutcome {
  const rewrite = new FileRewrite(file, analysis, rules);
  // Innermost (latest-starting) calls first; see the module comment.
  const calls = [...analysis.calls].sort((a, b) => b.line - a.line || b.column - a.column);
  whileRewriting(file, () => {
    for (const rule of rules) {
      if (rule.kind === 'file') {
        rule.apply(rewrite.contextFor(rule));
        continue;
      }
      for (const call of calls) {
        if (!rewrite.owns(rule, call)) continue;
        rewrite.claimed.add(call);
        rule.apply(call, rewrite.contextFor(rule));
      }
    }
    for (const wrap of rewrite.wraps) wrap();
  });
  const byPosition = (a: { line: number; column: number }, b: { line: number; column: number }) =>
    a.line - b.line || a.column - b.column;
  return {
    edits: rewrite.edits.sort(byPosition),
    diagnostics: rewrite.diagnostics.sort(byPosition),
    glideExports: rewrite.glideExports,
  };
}
