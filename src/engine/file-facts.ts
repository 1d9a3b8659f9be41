/**
 * What one file tells the other modules of its project about clients, as plain data: the clients it exports, how
 * it reaches other modules, and the clients it passes to their functions. A worker thread computes them from its
 * own parsed file and sends them to the run, which merges every file's into the project's facts.
 */
import { findClientArguments } from './analyse/client-flow.js';
import { findExportedClients } from './analyse/exported-clients.js';
import { findModuleReferences, type ModuleReference } from './analyse/module-references.js';
import type { ClientArgument, ExportedClient, FileAnalysis } from './analyse/types.js';
import type { ParsedFile } from '../ast/parsed-file.js';

export interface FileFacts {
  readonly exported: readonly ExportedClient[];
  readonly references: readonly ModuleReference[];
  readonly arguments: readonly ClientArgument[];
}

export function findFileFacts(file: ParsedFile, analysis: FileAnalysis): FileFacts {
  return {
    exported: findExportedClients(file, analysis.bindings),
    references: findModuleReferences(file),
    arguments: findClientArguments(file, analysis.bindings),
  };
}

/** One file's facts as the run records them, in the order every thread records them in. */
export interface RecordedFacts {
  readonly absolute: string;
  readonly facts: FileFacts;
}
