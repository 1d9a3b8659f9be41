/**
 * The command methods of the installed `@valkey/valkey-glide`, read from its declarations with ts-morph: the
 * public methods of `BaseClient` (every client) and `GlideClient` (standalone), with their parameters. The
 * catalogue is checked against these, so it follows the GLIDE version that is installed.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Project, Scope, type MethodDeclaration } from 'ts-morph';

export interface GlideParameter {
  readonly name: string;
  readonly optional: boolean;
  /** The parameter's type as written in the declaration (`GlideString[]`). */
  readonly type: string;
}

export interface GlideMethod {
  readonly name: string;
  readonly declaredOn: 'BaseClient' | 'GlideClient';
  /** One parameter list per overload. */
  readonly signatures: readonly (readonly GlideParameter[])[];
}

const CLASSES = [
  ['BaseClient.d.ts', 'BaseClient'],
  ['GlideClient.d.ts', 'GlideClient'],
] as const;

function glideBuildDirectory(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry point, which lives in build-ts/ next to the declarations.
  return path.dirname(require.resolve('@valkey/valkey-glide'));
}

function signatureOf(method: MethodDeclaration): GlideParameter[] {
  return method.getParameters().map((parameter) => ({
    name: parameter.getName(),
    optional: parameter.isOptional(),
    type: parameter.getTypeNode()?.getText() ?? 'unknown',
  }));
}

let cached: ReadonlyMap<string, GlideMethod> | undefined;

/** GLIDE's public methods by name; a method of GlideClient that BaseClient also declares is BaseClient's. */
export function glideMethods(): ReadonlyMap<string, GlideMethod> {
  if (cached) return cached;
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const directory = glideBuildDirectory();
  const methods = new Map<string, GlideMethod>();
  for (const [file, className] of CLASSES) {
    const declaration = project.addSourceFileAtPath(path.join(directory, file)).getClassOrThrow(className);
    for (const method of declaration.getMethods()) {
      if (method.getScope() !== Scope.Public || method.isStatic() && method.getName() !== 'createClient') continue;
      const name = method.getName();
      const known = methods.get(name);
      if (known && known.declaredOn !== className) continue;
      const signatures = [...(known?.signatures ?? []), signatureOf(method)];
      methods.set(name, { name, declaredOn: className, signatures });
    }
  }
  cached = methods;
  return methods;
}
