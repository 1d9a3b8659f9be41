/**
 * Gathers what modules tell each other about clients during the project pass: which clients each module
 * exports, and which exported functions other modules pass clients to. It answers the analysis' questions
 * (`ProjectFacts`) and says which files clients flow into, so they are parsed and migrated too.
 */
import path from 'node:path';
import type { ModuleReference } from './analyse/module-references.js';
import type { CrossModuleFacts } from './decide/project-families.js';
import type { ClientParameter, ExportedClient, ProjectFacts } from './analyse/types.js';
import type { FileFacts } from './file-facts.js';
import { resolveRelativeModule } from './module-resolution.js';

/** A parameter other modules pass clients to through `from`'s re-export of `to`'s function (`exported` in `from`). */
interface ForwardedParameter {
  readonly from: string;
  readonly to: string;
  readonly exported: string;
  readonly parameter: ClientParameter;
}

export class ProjectFactsCollector implements ProjectFacts {
  private readonly exported = new Map<string, readonly ExportedClient[]>();
  private readonly parameters = new Map<string, ClientParameter[]>();
  private readonly references = new Map<string, readonly ModuleReference[]>();
  // The facts of a project where no client crosses a module boundary: the first round then needs no second.
  private signature = JSON.stringify([[], [], []]);
  private previousSignature = '';

  /** `toAbsolute` maps the path a parsed file carries (as displayed) back to its absolute path. */
  constructor(private readonly toAbsolute: (file: string) => string) {}

  /** The re-exported parameters, computed once per state of the facts (every `record` may change them). */
  private forwarded: ForwardedParameter[] | undefined;

  /** Merges one file's facts (see file-facts.ts); every thread of a run records the same facts in the same order. */
  record(absolute: string, { exported, references, arguments: clientArguments }: FileFacts): void {
    this.forwarded = undefined;
    if (exported.length > 0) this.exported.set(absolute, exported);
    if (references.length > 0) this.references.set(absolute, references);
    for (const argument of clientArguments) {
      const target = resolveRelativeModule(absolute, argument.specifier);
      if (!target) continue;
      const list = this.parameters.get(target) ?? [];
      const { exportName, index, library, topology, shape } = argument;
      const known = list.findIndex((entry) => entry.exportName === exportName && entry.index === index);
      if (known === -1) list.push({ exportName, index, library, topology, shape });
      else if (shape === 'promise') list[known] = { ...list[known], shape };
      this.parameters.set(target, list);
    }
  }

  clientsExportedBy(fromFile: string, specifier: string): readonly ExportedClient[] {
    const target = resolveRelativeModule(this.toAbsolute(fromFile), specifier);
    return target ? this.exportsOf(target) : [];
  }

  /** A module's clients: its own exports and those it re-exports (`export * from`, `export { x } from`). */
  private exportsOf(absolute: string, seen: ReadonlySet<string> = new Set()): readonly ExportedClient[] {
    if (seen.has(absolute)) return [];
    const own = this.exported.get(absolute) ?? [];
    const again: ExportedClient[] = [];
    for (const reference of this.references.get(absolute) ?? []) {
      const target = reference.reexports && resolveRelativeModule(absolute, reference.specifier);
      if (!target) continue;
      const theirs = this.exportsOf(target, new Set([...seen, absolute]));
      if (reference.reexports === 'all') again.push(...theirs.filter((client) => client.exportName !== 'default'));
      else {
        for (const name of reference.reexports ?? []) {
          const client = theirs.find((candidate) => candidate.exportName === name.imported);
          if (client) again.push({ ...client, exportName: name.exported });
        }
      }
    }
    return [...own, ...again];
  }

  /**
   * The joins between modules the bindings do not show (a re-export makes one family of both modules' export
   * names), and the exports other modules reach in ways the analysis does not follow (those stay as written).
   */
  crossModuleFacts(): CrossModuleFacts {
    const joins: [string, string][] = [];
    const unfollowed: CrossModuleFacts['unfollowed'][number][] = [];
    // A client passed to a re-exported function meets the parameter of the module the function comes from.
    for (const { from, to, exported, parameter } of this.forwardedParameters()) {
      joins.push([`parameter ${from} ${exported} ${parameter.index}`, `parameter ${to} ${parameter.exportName} ${parameter.index}`]);
    }
    for (const [absolute, references] of this.references) {
      for (const reference of references) {
        const target = resolveRelativeModule(absolute, reference.specifier);
        if (!target) continue;
        const clients = this.exportsOf(target);
        for (const client of clients) {
          const exportKey = `export ${target} ${client.exportName}`;
          if (reference.reexports === 'all' && client.exportName !== 'default') joins.push([`export ${absolute} ${client.exportName}`, exportKey]);
          if (Array.isArray(reference.reexports)) {
            for (const name of reference.reexports) if (name.imported === client.exportName) joins.push([`export ${absolute} ${name.exported}`, exportKey]);
          }
          if (reference.opaque && !reference.follows.includes(client.exportName)) {
            unfollowed.push({ key: exportKey, file: absolute, line: reference.line, column: reference.column, library: client.library });
          }
        }
      }
    }
    return { joins, unfollowed };
  }

  clientParametersOf(file: string): readonly ClientParameter[] {
    const absolute = path.resolve(this.toAbsolute(file));
    return [...(this.parameters.get(absolute) ?? []), ...this.forwardedParameters().filter((entry) => entry.to === absolute).map((entry) => entry.parameter)];
  }

  /**
   * The parameters other modules pass clients to through a re-export (`export * from './counter'`, `export {
   * makeCounter } from './counter'`): each belongs to the module the function comes from, under its own name there.
   */
  private forwardedParameters(): readonly ForwardedParameter[] {
    if (this.forwarded) return this.forwarded;
    const forwarded: ForwardedParameter[] = [];
    const forward = (module: string, parameter: ClientParameter, exported: string, seen: ReadonlySet<string>) => {
      for (const reference of this.references.get(module) ?? []) {
        const target = reference.reexports && resolveRelativeModule(module, reference.specifier);
        if (!target || seen.has(target)) continue;
        const names = reference.reexports === 'all' ? (parameter.exportName === 'default' ? [] : [parameter.exportName]) : (reference.reexports ?? []).filter((name) => name.exported === parameter.exportName).map((name) => name.imported);
        for (const name of names) {
          const moved = { ...parameter, exportName: name };
          forwarded.push({ from: module, to: target, exported: parameter.exportName, parameter: moved });
          forward(target, moved, name, new Set([...seen, target]));
        }
      }
    };
    for (const [module, parameters] of this.parameters) {
      for (const parameter of parameters) forward(module, parameter, parameter.exportName, new Set([module]));
    }
    this.forwarded = forwarded;
    return forwarded;
  }

  exportingModules(): string[] {
    const reexporting = [...this.references.keys()].filter((file) => !this.exported.has(file) && this.exportsOf(file).length > 0);
    return [...this.exported.keys(), ...reexporting];
  }

  filesClientsFlowInto(): string[] {
    return [...new Set([...this.parameters.keys(), ...this.forwardedParameters().map((entry) => entry.to)])];
  }

  /** Whether the facts grew since the previous call: another round may then find more. */
  changedSinceLastRound(): boolean {
    this.previousSignature = this.signature;
    this.signature = JSON.stringify([[...this.exported.entries()], [...this.parameters.entries()], this.exportingModules(), this.forwardedParameters()]);
    return this.signature !== this.previousSignature;
  }
}
