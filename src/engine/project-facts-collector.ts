/**
 * Gathers what modules tell each other about clients during the project pass: which clients each module
 * exports, and which exported functions other modules pass clients to. It answers the analysis' questions
 * (`ProjectFacts`) and says which files clients flow into, so they are parsed and migrated too.
 */
import path from 'node:path';
import { findClientArguments } from './analyse/client-flow.js';
import { findExportedClients } from './analyse/exported-clients.js';
import type { ClientParameter, ExportedClient, FileAnalysis, ProjectFacts } from './analyse/types.js';
import { resolveRelativeModule } from './module-resolution.js';
import type { ParsedFile } from './parse.js';

export class ProjectFactsCollector implements ProjectFacts {
  private readonly exported = new Map<string, readonly ExportedClient[]>();
  private readonly parameters = new Map<string, ClientParameter[]>();
  // The facts of a project where no client crosses a module boundary: the first round then needs no second.
  private signature = JSON.stringify([[], []]);
  private previousSignature = '';

  /** `toAbsolute` maps the path a parsed file carries (as displayed) back to its absolute path. */
  constructor(private readonly toAbsolute: (file: string) => string) {}

  record(absolute: string, file: ParsedFile, analysis: FileAnalysis): void {
    const exported = findExportedClients(file, analysis.bindings);
    if (exported.length > 0) this.exported.set(absolute, exported);
    for (const argument of findClientArguments(file, analysis.bindings)) {
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
    return (target && this.exported.get(target)) || [];
  }

  clientParametersOf(file: string): readonly ClientParameter[] {
    return this.parameters.get(path.resolve(this.toAbsolute(file))) ?? [];
  }

  exportingModules(): string[] {
    return [...this.exported.keys()];
  }

  filesClientsFlowInto(): string[] {
    return [...this.parameters.keys()];
  }

  /** Whether the facts grew since the previous call: another round may then find more. */
  changedSinceLastRound(): boolean {
    this.previousSignature = this.signature;
    this.signature = JSON.stringify([[...this.exported.entries()], [...this.parameters.entries()]]);
    return this.signature !== this.previousSignature;
  }
}
