/**
 * Runs the analysis of one parsed file: library imports, module system, constructions, bindings and calls.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import { findClientBindings } from './client-bindings.js';
import { findClientCalls } from './client-calls.js';
import { withClientBatches } from './client-batches.js';
import { batchTypeReader } from './batch-types.js';
import { pathsOf } from '../../ast/node-index.js';
import { findClientConstructions } from './client-constructions.js';
import { markDefinedScriptCalls } from './defined-scripts.js';
import { findLibraryImports } from './library-imports.js';
import { detectModuleSystem, type PackageType } from './module-system.js';
import type { FileAnalysis, ProjectFacts, SourceVersions } from './types.js';

export function analyseFile(file: ParsedFile, project: ProjectFacts, packageType: PackageType, sourceVersions: SourceVersions = {}): FileAnalysis {
  const importSites = findLibraryImports(file);
  const imports = importSites.map((site) => site.import);
  const moduleSystem = detectModuleSystem(file, packageType);
  const constructions = findClientConstructions(file, imports, moduleSystem);
  const bindings = findClientBindings(file, imports, constructions, project);
  // Commands queued on a batch are calls too, so a script defined on the client is known where a batch runs it.
  const calls = markDefinedScriptCalls(withClientBatches(findClientCalls(file, bindings), () => pathsOf(file, file.j.Identifier), file.j, batchTypeReader(importSites)), bindings);
  return { moduleSystem, sourceVersions, imports, importSites, constructions, bindings, calls };
}
