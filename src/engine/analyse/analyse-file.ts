/**
 * Runs the analysis of one parsed file: library imports, module system, constructions, bindings and calls.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import { findClientBindings } from './client-bindings.js';
import { findClientCalls } from './client-calls.js';
import { withClientBatches } from './client-batches.js';
import { pathsOf } from '../../ast/node-index.js';
import { findClientConstructions } from './client-constructions.js';
import { markDefinedScriptCalls } from './defined-scripts.js';
import { findLibraryImports } from './library-imports.js';
import { detectModuleSystem, type PackageType } from './module-system.js';
import type { FileAnalysis, ProjectFacts } from './types.js';

export function analyseFile(file: ParsedFile, project: ProjectFacts, packageType: PackageType): FileAnalysis {
  const importSites = findLibraryImports(file);
  const imports = importSites.map((site) => site.import);
  const moduleSystem = detectModuleSystem(file, packageType);
  const constructions = findClientConstructions(file, imports, moduleSystem);
  const bindings = findClientBindings(file, imports, constructions, project);
  const calls = withClientBatches(markDefinedScriptCalls(findClientCalls(file, bindings), bindings), () => pathsOf(file, file.j.Identifier));
  return { moduleSystem, imports, importSites, constructions, bindings, calls };
}
