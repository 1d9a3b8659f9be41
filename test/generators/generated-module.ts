/**
 * Loads a generator's module into the test process as a user would run it (or writes its project for a demo to
 * run): the JavaScript ES module variant is written to a temporary folder (with this repository's node_modules linked in, so `@valkey/valkey-glide`
 * resolves to the same copy the test's client comes from) and imported. A `mutate` pass may change the module's
 * tree first: that is how the property tests show they fail on a broken pattern (a lock without NX).
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import jscodeshift, { type Collection, type JSCodeshift } from 'jscodeshift';
import { generate, type Topology } from '../../src/index.js';

const NODE_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules');
const j = jscodeshift.withParser('babylon');

export type Mutation = (j: JSCodeshift, root: Collection) => void;

export interface LoadedModule<T> {
  readonly module: T;
  readonly text: string;
  remove(): void;
}

export interface GeneratedModuleRequest {
  readonly id: string;
  readonly options: Record<string, unknown>;
  /** The file to import, e.g. `lock.js`. */
  readonly moduleFile: string;
  readonly topology?: Topology;
  readonly mutate?: Mutation;
}

export interface GeneratedProject {
  readonly directory: string;
  /** The text of `moduleFile` as written (after the mutation). */
  readonly moduleText: string;
  remove(): void;
}

/** Writes the JavaScript variant of a generator's project to a temporary folder, `moduleFile` mutated if asked. */
export function writeGeneratedProject({ id, options, moduleFile, topology = 'standalone', mutate }: GeneratedModuleRequest): GeneratedProject {
  const { files } = generate({ id, options, target: { language: 'js', moduleSystem: 'esm', topology } });
  const directory = mkdtempSync(path.join(os.tmpdir(), `glide-generated-${id}-`));
  symlinkSync(NODE_MODULES, path.join(directory, 'node_modules'), 'dir');
  let moduleText = '';
  for (const file of files) {
    let text = file.text;
    if (file.path === moduleFile) {
      if (mutate) {
        const root = j(text);
        mutate(j, root);
        const mutated = root.toSource({ quote: 'single' });
        if (mutated === text) throw new Error(`the mutation changed nothing in ${moduleFile}`);
        text = mutated;
      }
      moduleText = text;
    }
    writeFileSync(path.join(directory, file.path), text);
  }
  if (!moduleText) throw new Error(`${id} generated no ${moduleFile}`);
  return { directory, moduleText, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export async function loadGeneratedModule<T>(request: GeneratedModuleRequest): Promise<LoadedModule<T>> {
  const project = writeGeneratedProject(request);
  const module = (await import(pathToFileURL(path.join(project.directory, request.moduleFile)).href)) as T;
  return { module, text: project.moduleText, remove: project.remove };
}

/** Removes every `name: ...` property of object literals (e.g. `conditionalSet`), failing when there is none. */
export const withoutProperty =
  (name: string): Mutation =>
  (jj, root) => {
    const found = root.find(jj.ObjectProperty, { key: { name } });
    if (found.size() === 0) throw new Error(`no property ${name} to remove`);
    found.remove();
  };

/** Replaces the string literal that starts with `prefix` by `replacement`. */
export const replacingString =
  (prefix: string, replacement: string): Mutation =>
  (jj, root) => {
    const found = root.find(jj.StringLiteral).filter((literal) => literal.node.value.startsWith(prefix));
    if (found.size() === 0) throw new Error(`no string starting with ${prefix}`);
    found.replaceWith(jj.stringLiteral(replacement));
  };

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
