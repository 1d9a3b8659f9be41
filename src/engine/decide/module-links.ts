/**
 * How a file's clients meet other modules' clients: a client exported and imported elsewhere, or passed to a
 * function another module exports. Each link names the other end relative to this file; the project pass resolves
 * the specifiers and joins the bindings on both ends into one family.
 */
import { findClientArgumentSites } from '../analyse/client-flow.js';
import { findExportedBindings } from '../analyse/exported-clients.js';
import type { FileAnalysis } from '../analyse/types.js';
import type { ParsedFile } from '../../ast/parsed-file.js';

export type ModuleLink =
  /** This module exports the client as `exportName`. */
  | { readonly kind: 'export'; readonly exportName: string }
  /** The client is `exportName` of the module `specifier` names. */
  | { readonly kind: 'import'; readonly specifier: string; readonly exportName: string }
  /** Other modules pass a client to parameter `index` of this module's `exportName`. */
  | { readonly kind: 'parameter'; readonly exportName: string; readonly index: number }
  /** The client is passed as argument `index` to `exportName` of the module `specifier` names, at `line`. */
  | { readonly kind: 'argument'; readonly specifier: string; readonly exportName: string; readonly index: number; readonly line: number; readonly column: number };

/** The links of each binding of the file, by binding id; bindings with none are left out. */
export function findModuleLinks(file: ParsedFile, analysis: FileAnalysis): Map<number, ModuleLink[]> {
  const links = new Map<number, ModuleLink[]>();
  const add = (id: number, link: ModuleLink) => links.set(id, [...(links.get(id) ?? []), link]);
  if (analysis.bindings.length === 0) return links;
  for (const binding of analysis.bindings) {
    if (binding.origin) add(binding.id, binding.origin);
  }
  for (const { exportName, binding } of findExportedBindings(file, analysis.bindings)) add(binding.id, { kind: 'export', exportName });
  for (const { specifier, exportName, index, binding, line, column } of findClientArgumentSites(file, analysis.bindings)) {
    add(binding.id, { kind: 'argument', specifier, exportName, index, line, column });
  }
  return links;
}
