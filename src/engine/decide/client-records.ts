/**
 * The decision's view of a file's clients: each name through which the file reaches one, where it is, whether it
 * is created here, which names it flows into and how it meets other modules. Read from the tree as parsed, before
 * any rule changes it; a file parsed again for the decision has the same bindings.
 */
import { positionOfPath } from '../../ast/position.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { ClientTopology, FileAnalysis, SourceLibrary } from '../analyse/types.js';
import { findModuleLinks, type ModuleLink } from './module-links.js';

/** One name through which the file reaches a client, and whether it was left as written. */
export interface ClientRecord {
  readonly id: number;
  readonly name: string;
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
  /** The methods called on the client through this name, each as often as it is called. */
  readonly calls: readonly string[];
  readonly line: number;
  readonly column: number;
  /** The client is created here rather than received (imported, passed in). */
  readonly created: boolean;
  readonly flowsInto: readonly number[];
  readonly links: readonly ModuleLink[];
  readonly blocked: boolean;
}

export function clientRecords(parsed: ParsedFile, analysis: FileAnalysis): ClientRecord[] {
  const links = findModuleLinks(parsed, analysis);
  return analysis.bindings.map((binding) => ({
    id: binding.id,
    name: binding.name,
    library: binding.library,
    topology: binding.topology,
    calls: analysis.calls.filter((call) => call.binding.id === binding.id).map((call) => call.method),
    ...positionOfPath(binding.construction?.path ?? binding.owner),
    created: binding.construction !== undefined,
    flowsInto: binding.flowsInto,
    links: links.get(binding.id) ?? [],
    blocked: false,
  }));
}
