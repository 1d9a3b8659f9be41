/**
 * The methods GLIDE's batches have, read from the installed `Batch.d.ts` with ts-morph: for the standalone
 * `Batch` and the `ClusterBatch`, each method's name and how many arguments it takes at most. A command queued in
 * a migrated batch must be one of these, called with no more arguments (a direct call's `{ decoder }` option has
 * no place in a batch). Written to `src/knowledge/generated/batch-methods.ts` by `npm run docs:commands`, and
 * tested to be current.
 */
import path from 'node:path';
import { Node, Project, Scope, type ClassDeclaration, type MethodDeclaration, type TypeNode } from 'ts-morph';
import { findGlideDeclarations } from '../src/knowledge/glide-declarations.js';

/** How a batch method's arguments differ from the client method's of the same name. */
interface ArgumentDifference {
  /** The client takes `{ option: value }` (with a decoder) at `index` where the batch takes the value itself. */
  readonly unwrap?: { readonly index: number; readonly option: string };
  /** Otherwise different: the batch takes other arguments. */
  readonly differs?: true;
}

const text = (node: TypeNode | undefined) => (node?.getText() ?? 'unknown').replace(/\s+/g, ' ');

/** A client parameter type without its `& DecoderOption` part (a batch has one decoder for all its commands). */
function withoutDecoder(node: TypeNode | undefined): TypeNode | undefined {
  if (!node || !Node.isIntersectionTypeNode(node)) return node;
  const kept = node.getTypeNodes().filter((part) => part.getText() !== 'DecoderOption');
  return kept.length === 1 ? kept[0] : node;
}

/** `{ count?: number; }` against `number`: the option's name, when the client wraps the batch's value so. */
function wrappingOption(client: TypeNode | undefined, batch: TypeNode | undefined): string | undefined {
  if (!client || !Node.isTypeLiteral(client)) return undefined;
  const [member, ...others] = client.getMembers();
  if (others.length > 0 || !Node.isPropertySignature(member)) return undefined;
  return text(member.getTypeNode()) === text(batch) ? member.getName() : undefined;
}

function argumentDifference(batch: MethodDeclaration, clients: readonly MethodDeclaration[]): ArgumentDifference | undefined {
  const differences = clients.map((client): ArgumentDifference | undefined => {
    const batchParameters = batch.getParameters();
    const clientParameters = client.getParameters();
    let unwrap: ArgumentDifference['unwrap'];
    for (const [index, parameter] of batchParameters.entries()) {
      const clientType = withoutDecoder(clientParameters[index]?.getTypeNode());
      if (text(clientType) === text(parameter.getTypeNode())) continue;
      const option = wrappingOption(clientType, parameter.getTypeNode());
      if (!option || unwrap || index !== batchParameters.length - 1) return { differs: true };
      unwrap = { index, option };
    }
    return unwrap ? { unwrap } : undefined;
  });
  if (differences.some((difference) => difference === undefined)) return undefined;
  return differences.find((difference) => difference?.unwrap) ?? { differs: true };
}

function methodsOf(classes: readonly ClassDeclaration[]): Record<string, number> {
  const methods: Record<string, number> = {};
  for (const declaration of classes) {
    for (const method of declaration.getMethods()) {
      if (method.getScope() !== Scope.Public || method.isStatic()) continue;
      const name = method.getName();
      const overloads = method.getOverloads().length > 0 ? method.getOverloads() : [method];
      const most = Math.max(...overloads.map((overload) => overload.getParameters().length));
      methods[name] = Math.max(methods[name] ?? 0, most);
    }
  }
  return Object.fromEntries(Object.entries(methods).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Per batch method whose arguments differ from the standalone client's method of that name, how they differ. */
function argumentDifferences(project: Project, directory: string, batchClasses: readonly ClassDeclaration[]): Record<string, ArgumentDifference> {
  const clients = ['BaseClient', 'GlideClient'].flatMap((name) => project.addSourceFileAtPath(path.join(directory, `${name}.d.ts`)).getClassOrThrow(name).getMethods());
  const differences: Record<string, ArgumentDifference> = {};
  for (const method of batchClasses.flatMap((declaration) => declaration.getMethods())) {
    const named = clients.filter((client) => client.getName() === method.getName() && client.getScope() === Scope.Public);
    const difference = named.length > 0 ? argumentDifference(method, named) : undefined;
    if (difference) differences[method.getName()] = difference;
  }
  return Object.fromEntries(Object.entries(differences).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function batchMethodsModule(directory = findGlideDeclarations()): string {
  if (!directory) throw new Error('@valkey/valkey-glide is not installed');
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const file = project.addSourceFileAtPath(path.join(directory, 'Batch.d.ts'));
  const base = file.getClassOrThrow('BaseBatch');
  const shared = methodsOf([base]);
  const standalone = methodsOf([file.getClassOrThrow('Batch')]);
  const cluster = methodsOf([file.getClassOrThrow('ClusterBatch')]);
  const differences = argumentDifferences(project, directory, [base, file.getClassOrThrow('Batch')]);
  const record = (methods: object) => JSON.stringify(methods, null, 2).replace(/"([A-Za-z]\w*)":/g, '$1:').replace(/\n}$/, ',\n}');
  return [
    '// Generated by `npm run docs:commands` from the installed @valkey/valkey-glide Batch.d.ts; do not edit.',
    '',
    '/** The methods every GLIDE batch has (`BaseBatch`), with the most arguments each takes. */',
    `export const SHARED_BATCH_METHODS: Readonly<Record<string, number>> = ${record(shared)};`,
    '',
    '/** The methods the standalone `Batch` declares itself (new ones, or ones it takes more arguments for). */',
    `export const STANDALONE_BATCH_METHODS: Readonly<Record<string, number>> = ${record(standalone)};`,
    '',
    '/** The methods `ClusterBatch` declares itself. */',
    `export const CLUSTER_BATCH_METHODS: Readonly<Record<string, number>> = ${record(cluster)};`,
    '',
    '/**',
    " * The batch methods whose arguments differ from the client method's of the same name: `unwrap` where the client",
    " * takes `{ option: value }` at `index` and the batch the value itself, `differs` otherwise.",
    ' */',
    `export const BATCH_ARGUMENT_DIFFERENCES: Readonly<Record<string, { readonly unwrap?: { readonly index: number; readonly option: string }; readonly differs?: true }>> = ${record(differences)};`,
    '',
  ].join('\n');
}
