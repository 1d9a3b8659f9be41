/**
 * node-redis' per-call Buffer replies, `client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get(key)`
 * (or the mapped client held in a `const` and called later), become GLIDE's `client.get(key, { decoder:
 * Decoder.Bytes })`. The mapping turns bulk strings into Buffers and leaves other reply types alone; GLIDE's Bytes
 * decoder does not always agree (PING, INCRBYFLOAT, OBJECT ENCODING), so only commands the catalogue lists as
 * proven the same per call (`nodeRedisBuffers: 'call'`, same-shape commands whose GLIDE method takes a
 * DecoderOption after its positional parameters) are migrated. The call is handed to same-shape-commands as the
 * client's own method, then given the decoder; in TypeScript the reply is cast to the Buffer type node-redis gave.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { describeResultUse } from '../../engine/analyse/result-use.js';
import { positionOf } from '../../ast/position.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { nodeRedisBufferEntry } from '../../knowledge/commands/catalogue.js';
import { readBufferTypeMapping } from '../../source/buffer-type-mapping.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { isRespTypesImport } from '../support/resp-types-import.js';
import { removeStatementKeepingComments } from '../support/statements.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/** A call through the mapped client: `mapped.method(...)`, the member's object being the mapped client. */
interface MappedUse {
  readonly path: ASTPath<CallExpression>;
  readonly method: string;
}

/** `receiver.method(...)` with `receiver` at `path`, or undefined. */
function callOn(path: ASTPath): MappedUse | undefined {
  const member = path.parent as ASTPath | null;
  const call = member?.parent as ASTPath | null;
  const memberNode = member ? nodeOf(member) : undefined;
  const property = memberNode?.property as NodeLike | undefined;
  if (memberNode?.type !== 'MemberExpression' || memberNode.object !== path.node || memberNode.computed || property?.type !== 'Identifier') return undefined;
  if (!call || nodeOf(call).type !== 'CallExpression' || nodeOf(call).callee !== memberNode) return undefined;
  return { path: call as ASTPath<CallExpression>, method: String(property.name) };
}

/** `const binary = client.withTypeMapping(...)`: every reference to `binary`, each of which must be a call on it. */
function usesOfConstant(context: RuleContext, declarator: ASTPath): (MappedUse | undefined)[] | undefined {
  const { j } = context;
  const id = nodeOf(declarator).id as NodeLike;
  const declaration = declarator.parent?.node as NodeLike | undefined;
  const exported = declarator.parent?.parent?.node.type === 'ExportNamedDeclaration';
  if (id.type !== 'Identifier' || id.typeAnnotation || declaration?.kind !== 'const' || exported) return undefined;
  const name = String(id.name);
  const scope = lookupScope(declarator, name);
  const references = j(scope?.path as ASTPath)
    .find(j.Identifier, { name })
    .filter((path) => (path.node as unknown) !== id && lookupScope(path, name) === scope)
    .filter((path) => {
      const parent = path.parent?.node as NodeLike;
      if (parent.type === 'MemberExpression' && parent.property === path.node && !parent.computed) return false;
      return !((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === path.node && !parent.shorthand);
    });
  return references.paths().map((path) => callOn(path as unknown as ASTPath));
}

/** Why the call through the mapped client is not migrated, or undefined. */
function refusalOf(use: MappedUse): string | undefined {
  const entry = nodeRedisBufferEntry(use.method, 'call');
  if (!entry || entry.migration.rule !== 'same-shape-commands') {
    return `${use.method}() through withTypeMapping's Buffer mapping: its reply with GLIDE's Bytes decoder is not proven the same as node-redis' (types and bytes) per call; left as it is`;
  }
  const args = use.path.node.arguments;
  if (args.some((argument) => argument.type === 'SpreadElement') || args.length !== entry.migration.parameters.length) {
    return `${use.method}() through withTypeMapping with other arguments than its ${entry.migration.parameters.length} positional ones: the decoder option goes after them; left as it is`;
  }
  return undefined;
}

/** The Buffer type node-redis' typings give the reply (`string | null` → `Buffer | null`). */
function bufferType(method: string): string | undefined {
  const entry = nodeRedisBufferEntry(method, 'call');
  const replyType = entry?.migration.rule === 'same-shape-commands' ? entry.migration.replyType : undefined;
  return replyType?.replace(/\bstring\b/g, 'Buffer');
}

function migrateUse(call: ClientCall, use: MappedUse, context: RuleContext): void {
  const client = (call.path.node.callee as unknown as NodeLike).object;
  (use.path.node.callee as unknown as NodeLike).object = client;
  const node = use.path.node;
  const { line, column } = positionOf(node);
  const restated: ClientCall = { ...call, method: use.method, path: use.path, resultUse: describeResultUse(use.path), callback: undefined, line, column };
  context.restate(restated, use.method, context.typeScript ? bufferType(use.method) : undefined);
  const decoder = inlineObject(context.j, [['decoder', glideEnumMember(context, 'Decoder', 'Bytes')]]);
  // The placement step may have put the call inside a cast: the node is the call, wherever it now stands.
  node.arguments = [...node.arguments, decoder as never];
  context.recordEdit(node, `withTypeMapping(Buffer).${use.method}() → ${use.method}(..., { decoder: Decoder.Bytes })`);
}

function apply(call: ClientCall, context: RuleContext): void {
  const [argument, ...more] = call.path.node.arguments;
  const mapping = more.length === 0 ? readBufferTypeMapping(argument) : undefined;
  if (!mapping || !isRespTypesImport(context.analysis.imports, mapping.respTypes)) {
    context.flag(call.path, 'withTypeMapping() with a mapping other than RESP_TYPES.BLOB_STRING to Buffer has no GLIDE counterpart; left as it is');
    return;
  }
  const parent = call.path.parent as ASTPath;
  const declarator = nodeOf(parent).type === 'VariableDeclarator' && nodeOf(parent).init === call.path.node ? parent : undefined;
  const uses = declarator ? usesOfConstant(context, declarator) : [callOn(call.path)];
  const clientNode = (call.path.node.callee as unknown as NodeLike).object as NodeLike;
  // The client is named again where the mapped constant was used: the name must mean the same there.
  const sameClient = (use: MappedUse) =>
    !declarator || (clientNode.type === 'Identifier' && lookupScope(use.path, String(clientNode.name)) === lookupScope(call.path, String(clientNode.name)));
  if (!uses || uses.length === 0 || uses.some((use) => !use || !sameClient(use))) {
    context.flag(call.path, 'the client withTypeMapping() answers is used otherwise than by calling its commands where the client is in scope; left as it is');
    return;
  }
  const refusals = (uses as MappedUse[]).map((use) => [use, refusalOf(use)] as const).filter(([, reason]) => reason);
  for (const [use, reason] of refusals) context.flag(use.path, String(reason));
  if (refusals.length > 0) return;
  for (const use of uses as MappedUse[]) migrateUse(call, use, context);
  if (declarator) {
    const declaration = declarator.parent as ASTPath;
    if ((nodeOf(declaration).declarations as unknown[]).length === 1) removeStatementKeepingComments(declaration);
    else declarator.prune();
  }
}

export const typeMappingToDecoder = defineCallRule({
  id: 'type-mapping-to-decoder',
  phase: 'commands',
  summary: 'node-redis `withTypeMapping` of BLOB_STRING to Buffer becomes GLIDE’s `{ decoder: Decoder.Bytes }` on each call made through it',
  clients: ['node-redis'],
  safety: 'exact',
  commands: { 'node-redis': ['withTypeMapping'] },
  apply,
});
