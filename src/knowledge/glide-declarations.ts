/**
 * The command methods of an installed `@valkey/valkey-glide`, read from its declarations with ts-morph: the
 * public methods of `BaseClient` (every client) and `GlideClient` (standalone), with their parameters, their
 * signatures as declared and the first paragraph of their doc comments. The catalogue is checked against these
 * (so it follows the installed GLIDE version), and `explain` shows them. This module loads the TypeScript
 * compiler: import it only where it is needed, never on a start-up path.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Project, Scope, type MethodDeclaration } from 'ts-morph';

export interface GlideParameter {
  readonly name: string;
  readonly optional: boolean;
  /** The parameter's type as written in the declaration (`GlideString[]`). */
  readonly type: string;
}

export interface GlideSignature {
  readonly parameters: readonly GlideParameter[];
  /** `pfadd(key: GlideString, elements: GlideString[]): Promise<boolean>` */
  readonly text: string;
}

export interface GlideMethod {
  readonly name: string;
  readonly declaredOn: 'BaseClient' | 'GlideClient';
  /** One per overload. */
  readonly signatures: readonly GlideSignature[];
  /** The doc comment's first paragraph, on one line; empty when there is none. */
  readonly summary: string;
}

const CLASSES = [
  ['BaseClient.d.ts', 'BaseClient'],
  ['GlideClient.d.ts', 'GlideClient'],
] as const;

/** Where GLIDE's declarations are, resolved from `from` (a project) or else from this package; undefined if nowhere. */
export function findGlideDeclarations(from?: string): string | undefined {
  const bases = [from ? path.join(path.resolve(from), 'package.json') : undefined, import.meta.url].filter((base) => base !== undefined);
  for (const base of bases) {
    try {
      // The package exports only its entry point, which lives in build-ts/ next to the declarations.
      const directory = path.dirname(createRequire(base).resolve('@valkey/valkey-glide'));
      if (existsSync(path.join(directory, 'BaseClient.d.ts'))) return directory;
    } catch {
      // Not installed there.
    }
  }
  return undefined;
}

function signatureOf(method: MethodDeclaration): GlideSignature {
  const parameters = method.getParameters().map((parameter) => ({
    name: parameter.getName(),
    optional: parameter.isOptional(),
    type: parameter.getTypeNode()?.getText() ?? 'unknown',
  }));
  const text = method.getText().replace(/;\s*$/, '').replace(/\s+/g, ' ').trim();
  return { parameters, text };
}

function summaryOf(method: MethodDeclaration): string {
  const description = method.getJsDocs()[0]?.getDescription() ?? '';
  const [first = ''] = description.trim().split(/\n\s*\n/);
  return first.replace(/\{@link\s+([^}|]+)(?:\|[^}]*)?\}/g, '$1').replace(/\s+/g, ' ').trim();
}

const cache = new Map<string, ReadonlyMap<string, GlideMethod>>();

/** GLIDE's public methods by name (a method GlideClient redeclares is BaseClient's). Throws if GLIDE is not installed. */
export function glideMethods(directory = findGlideDeclarations()): ReadonlyMap<string, GlideMethod> {
  if (!directory) throw new Error('@valkey/valkey-glide is not installed');
  const known = cache.get(directory);
  if (known) return known;
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const methods = new Map<string, GlideMethod>();
  for (const [file, className] of CLASSES) {
    const declaration = project.addSourceFileAtPath(path.join(directory, file)).getClassOrThrow(className);
    for (const method of declaration.getMethods()) {
      if (method.getScope() !== Scope.Public || (method.isStatic() && method.getName() !== 'createClient')) continue;
      const name = method.getName();
      const earlier = methods.get(name);
      if (earlier && earlier.declaredOn !== className) continue;
      methods.set(name, {
        name,
        declaredOn: className,
        signatures: [...(earlier?.signatures ?? []), signatureOf(method)],
        summary: earlier?.summary || summaryOf(method),
      });
    }
  }
  cache.set(directory, methods);
  return methods;
}
