/**
 * SCAN, HSCAN, SSCAN and ZSCAN. GLIDE's standalone client takes the cursor and one options object
 * (`{ match, count, type }`, `noValues`, `noScores`) and answers `[cursor, items]`, the server's flat page, as
 * ioredis answered it (scores as text included): for ioredis only the words after the cursor change. node-redis
 * answered objects (`{ cursor, keys }`, `{ cursor, entries: [{ field, value }] }`, `{ cursor, members }` with
 * numeric scores), rebuilt from GLIDE's page; its iterators (`scanIterator`, `hScanIterator`, ...) become the loop
 * they ran over the GLIDE method, and ioredis' scan streams (`scanStream`, `hscanStream`, ...) `Readable.from` that
 * loop; their Buffer twins (`scanBufferStream`, ...) the same loop with `decoder: Decoder.Bytes`, whose keys,
 * fields, members, values and scores are the same Buffers (checked live with bytes that are not UTF-8). ioredis'
 * Buffer pages (`scanBuffer`, `hscanBuffer`, `sscanBuffer`, `zscanBuffer`) answer `[cursor, items]` all Buffers:
 * GLIDE's method with `decoder: Decoder.Bytes` answers the same items, and SCAN's and SSCAN's cursor as a Buffer
 * too, but HSCAN's and ZSCAN's as a string (its types say so; checked live), which becomes `Buffer.from(cursor)`.
 * A cluster client is flagged (GLIDE's cluster scan walks every node with a `ClusterScanCursor`, a different
 * loop), and so are options not known from the syntax and, for an iterator, a receiver, key or option that
 * cannot be read again for each page.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { cannotMap } from '../support/cannot-map.js';
import { isSideEffectFree } from '../support/side-effect-free.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { literalValue } from '../../ast/literal-value.js';
import { readableFrom } from '../support/readable-from.js';
import { ioredisScanOptions, ioredisStreamScanOptions, nodeRedisScanOptions, type GlideScanOptions, type ScanCommandOptions } from '../support/scan-options.js';
import { SCAN_ITEM_TYPES, scanItems, type ScanItems } from '../support/scan-items.js';
import { IOREDIS_SCAN_STREAMS, SCAN_LOOP_NAMES, scanLoop } from '../support/scan-loop.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

type GlideScan = 'scan' | 'hscan' | 'sscan' | 'zscan';

const SCAN_ENTRIES = entriesMigratedBy('scan-cursors');

/** GLIDE's methods whose cursor is a string even with the Bytes decoder (their reply type `[string, GlideString[]]`). */
const TEXT_CURSOR: ReadonlySet<GlideScan> = new Set(['hscan', 'zscan']);

/** What each GLIDE method takes besides MATCH and COUNT, as ioredis writes it. */
const TAKES: Readonly<Record<GlideScan, ScanCommandOptions>> = {
  scan: { type: true },
  hscan: { flag: { word: 'NOVALUES', option: 'noValues' } },
  sscan: {},
  zscan: { flag: { word: 'NOSCORES', option: 'noScores' } },
};

interface NodeRedisForm {
  readonly glide: GlideScan;
  readonly items: ScanItems;
  /** The reply's property for the page's items; none for an iterator, which yields them. */
  readonly property?: 'keys' | 'entries' | 'fields' | 'members';
  readonly noValues?: true;
}

const NODE_REDIS_FORMS: Readonly<Record<string, NodeRedisForm>> = {
  scan: { glide: 'scan', items: 'as-is', property: 'keys' },
  scanIterator: { glide: 'scan', items: 'as-is' },
  hScan: { glide: 'hscan', items: 'fields-and-values', property: 'entries' },
  hScanNoValues: { glide: 'hscan', items: 'as-is', property: 'fields', noValues: true },
  hScanIterator: { glide: 'hscan', items: 'fields-and-values' },
  hScanValuesIterator: { glide: 'hscan', items: 'values' },
  hScanNoValuesIterator: { glide: 'hscan', items: 'as-is', noValues: true },
  sScan: { glide: 'sscan', items: 'as-is', property: 'members' },
  sScanIterator: { glide: 'sscan', items: 'as-is' },
  zScan: { glide: 'zscan', items: 'members-and-scores', property: 'members' },
  zScanIterator: { glide: 'zscan', items: 'members-and-scores' },
};
const UPPERCASE_NAMES: Readonly<Record<string, string>> = { SCAN: 'scan', HSCAN: 'hScan', HSCAN_NOVALUES: 'hScanNoValues', SSCAN: 'sScan', ZSCAN: 'zScan' };

const optionsObject = (context: RuleContext, options: GlideScanOptions) => (options.length > 0 ? inlineObject(context.j, options) : undefined);

/** node-redis' `{ cursor, <property>: items }` from GLIDE's `[cursor, items]`. */
function pageObject(form: NodeRedisForm & { property: string }): ReplyConversion {
  return {
    singleUse: false,
    convert: (reply, { j }) => {
      const items = new CodeTemplate().node(reply).text('[1]').toExpression(j);
      const page = new CodeTemplate().text('[{ cursor: ').node(reply).text(`[0], ${form.property}: `).node(scanItems(j, items, form.items)).text(' }]');
      return (page.toExpression(j) as { elements: ExpressionKind[] }).elements[0];
    },
  };
}

function migrateIoredis(call: ClientCall, context: RuleContext): void {
  if (Object.hasOwn(IOREDIS_SCAN_STREAMS, call.method)) {
    migrateIoredisStream(call, context);
    return;
  }
  // A Buffer page (scanBuffer) is its entry's GLIDE method with the Bytes decoder.
  const bufferEntry = SCAN_ENTRIES.find((entry) => entry.ioredisBuffer?.includes(call.method));
  const glide = (bufferEntry?.glide ?? call.method) as GlideScan;
  const paths = argumentPaths(call.path);
  const keyed = glide !== 'scan';
  const [cursor, ...words] = keyed ? paths.slice(1) : paths;
  const options = cursor && hasOnlyPositionalArguments(call) ? ioredisScanOptions(words, TAKES[glide], context) : undefined;
  if (!options) {
    context.flag(call.path, cannotMap(call, glide, 'options'));
    return;
  }
  const key = keyed ? [asGlideString(context.j, paths[0], context.typeScript)] : [];
  const object = optionsObject(context, bufferEntry ? [...options, ['decoder', glideEnumMember(context, 'Decoder', 'Bytes')]] : options);
  if (bufferEntry) setMethod(call, context, glide);
  setArguments(call, [...key, asGlideString(context.j, cursor, context.typeScript), ...(object ? [object] : [])]);
  const shape = `${glide}(${keyed ? 'key, ' : ''}cursor${object ? ', { ... }' : ''})`;
  if (!bufferEntry) {
    context.convertReply(call, undefined, { typeScript: '[string, string[]]' });
    context.recordEdit(call.path.node, `${glide}(${keyed ? 'key, ' : ''}cursor, ...words) → ${shape}`);
    return;
  }
  const textCursor = TEXT_CURSOR.has(glide);
  context.convertReply(call, textCursor ? bufferCursorPage() : undefined, { typeScript: '[Buffer, Buffer[]]' });
  context.recordEdit(call.path.node, `${call.method}(...) → ${shape} with decoder: Decoder.Bytes${textCursor ? ', its string cursor as a Buffer' : ''}`);
}

/** ioredis' Buffer cursor from GLIDE's `[cursor, items]` whose cursor is a string (HSCAN, ZSCAN). */
function bufferCursorPage(): ReplyConversion {
  return {
    singleUse: false,
    convert: (reply, { j }) => new CodeTemplate().text('[Buffer.from(').node(reply).text('[0]), ').node(reply).text('[1]]').toExpression(j),
  };
}

/** `(await client)`: a CommonJS module's client, a promise until it is settled, awaited again for each page. */
const withoutAwaitedName = (node: unknown) => {
  const awaited = node as NodeLike;
  return awaited.type === 'AwaitExpression' && (awaited.argument as NodeLike).type === 'Identifier' ? awaited.argument : node;
};

/** A number written as the cursor, or a variable declared with one (`let cursor = 0`): node-redis 4's cursors. */
function isNumber(cursor: ASTPath): boolean {
  const node = cursor.node as NodeLike;
  if (typeof literalValue(node) === 'number') return true;
  if (node.type !== 'Identifier') return false;
  const name = String(node.name);
  const declarations = (lookupScope(cursor, name)?.getBindings() as Record<string, ASTPath[]> | undefined)?.[name] ?? [];
  return declarations.some((declaration) => {
    const declarator = declaration.parent?.node as NodeLike | undefined;
    return declarator?.type === 'VariableDeclarator' && declarator.id === declaration.node && typeof literalValue(declarator.init) === 'number';
  });
}

/** Read again for each page inside a generator function: no side effect, no `this`, no name the loop declares. */
function readableAgain(j: JSCodeshift, nodes: readonly unknown[]): boolean {
  const reserved = new Set([...SCAN_LOOP_NAMES, 'arguments']);
  return nodes.map(withoutAwaitedName).every((node) => {
    // Wrapped in a statement so that the search also sees the expression itself, not only what is inside it.
    const reads = j(j.expressionStatement(node as ExpressionKind));
    const usesReserved = reads.find(j.Identifier).some((path) => reserved.has(path.node.name)) || reads.find(j.ThisExpression).size() > 0;
    return isSideEffectFree(node) && !usesReserved;
  });
}

/** The stream is closed with ScanStream's own `close()`, which a Readable does not have. */
function isClosed(call: ClientCall, context: RuleContext): boolean {
  const { j } = context;
  const parent = call.path.parent?.node as NodeLike | undefined;
  if (parent?.type === 'MemberExpression' && parent.object === call.path.node) return (parent.property as NodeLike).name === 'close';
  if (parent?.type !== 'VariableDeclarator' || (parent.id as NodeLike).type !== 'Identifier') return false;
  const name = String((parent.id as NodeLike).name);
  const declaring = lookupScope(call.path, name);
  return context.file.root
    .find(j.MemberExpression, { object: { type: 'Identifier', name }, property: { name: 'close' } })
    .some((path) => lookupScope(path, name) === declaring);
}

/**
 * ioredis' `scanStream(options)` and its keyed twins become `Readable.from(...)` over the loop the stream ran:
 * page after page from cursor `'0'` until the server answers `'0'`, each page's items pushed as ioredis pushed them.
 */
function migrateIoredisStream(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const glide = IOREDIS_SCAN_STREAMS[call.method];
  const paths = argumentPaths(call.path);
  const keyed = glide !== 'scan';
  const key = keyed ? paths[0] : undefined;
  const [optionsPath, ...extra] = keyed ? paths.slice(1) : paths;
  const options = (keyed ? key : true) && extra.length === 0 && hasOnlyPositionalArguments(call) ? ioredisStreamScanOptions(optionsPath, TAKES[glide], context) : undefined;
  if (!options) {
    context.flag(call.path, cannotMap(call, glide, 'options'));
    return;
  }
  const written = (call.path.node.callee as { object: ExpressionKind }).object;
  // A client held as a promise (CommonJS module scope) is awaited inside the loop: the stream is made at once.
  const receiver = call.binding.shape === 'promise' ? j.awaitExpression(written) : written;
  const optionValues = optionsPath ? [...(objectLiteralEntries(optionsPath)?.values() ?? [])].map((value) => value.node) : [];
  if (!readableAgain(j, [receiver, key?.node, ...optionValues].filter(Boolean))) {
    context.flag(call.path, `${call.method}() becomes a loop that reads its receiver, key and options again for each page, and one of them has side effects, uses this or a name the loop declares (${SCAN_LOOP_NAMES.join(', ')}); migrate it by hand`);
    return;
  }
  if (isClosed(call, context)) {
    context.flag(call.path, `the stream of ${call.method}() is stopped with close(), which ioredis' ScanStream has and a Readable does not (it has destroy(), which ends the stream differently); migrate it by hand`);
    return;
  }
  // The Buffer twins (scanBufferStream) push Buffers: GLIDE's Bytes decoder answers the same bytes.
  const buffers = SCAN_ENTRIES.some((entry) => entry.ioredisBuffer?.includes(call.method));
  const object = optionsObject(context, buffers ? [...options, ['decoder', glideEnumMember(context, 'Decoder', 'Bytes')]] : options);
  const keyArgument = key ? asGlideString(j, key, typeScript) : undefined;
  const loop = scanLoop(j, { receiver, method: glide, key: keyArgument, options: object, start: j.stringLiteral('0'), items: 'as-is', typeScript, buffers });
  const stream = readableFrom(context, call.path, loop);
  if (!stream) {
    context.flag(call.path, `${call.method}() becomes Readable.from(...) from node:stream, and this file's Readable is another value; migrate it by hand`);
    return;
  }
  // The call node itself becomes Readable.from(...), so the report names the call's place.
  const node = call.path.node as { callee: unknown; arguments: unknown[] };
  node.callee = (stream as unknown as { callee: unknown }).callee;
  node.arguments = (stream as unknown as { arguments: unknown[] }).arguments;
  context.recordEdit(call.path.node, `${call.method}(...) → Readable.from(a loop over ${glide}(${keyed ? 'key, ' : ''}cursor${object ? ', { ... }' : ''}))`);
}

function migrateNodeRedis(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const form = NODE_REDIS_FORMS[UPPERCASE_NAMES[call.method] ?? call.method];
  const iterator = form.property === undefined;
  const paths = argumentPaths(call.path);
  const keyed = form.glide !== 'scan';
  const key = keyed ? paths[0] : undefined;
  const rest = keyed ? paths.slice(1) : paths;
  const [cursor, optionsPath, ...extra] = iterator ? [undefined, ...rest] : rest;
  const takes = form.glide === 'scan' ? TAKES.scan : {};
  const read = (keyed ? key : true) && (iterator || cursor) && extra.length === 0 && hasOnlyPositionalArguments(call)
    ? nodeRedisScanOptions(optionsPath, takes, iterator, context)
    : undefined;
  const options = read && form.noValues ? { ...read, options: [...read.options, ['noValues', j.booleanLiteral(true)] as const] } : read;
  const optionValues = optionsPath ? [...(objectLiteralEntries(optionsPath)?.values() ?? [])].map((value) => value.node) : [];
  const loopReads = iterator ? [(call.path.node.callee as NodeLike).object, key?.node, ...optionValues].filter(Boolean) : [];
  if (!options) {
    context.flag(call.path, cannotMap(call, form.glide, 'options'));
    return;
  }
  if (cursor && isNumber(cursor)) {
    context.flag(call.path, `${call.method}() is given a number as its cursor: node-redis 5 and later refuse it with a TypeError (node-redis 4 took and answered numbers), and GLIDE answers the cursor as a string, so a loop comparing it with the number 0 would never end; pass the cursor as a string ('0')`);
    return;
  }
  if (!readableAgain(j, loopReads)) {
    context.flag(call.path, `${call.method}() becomes a loop that reads its receiver, key and options again for each page, and one of them has side effects, uses this or a name the loop declares (${SCAN_LOOP_NAMES.join(', ')}); migrate it by hand`);
    return;
  }
  const keyArgument = key ? [asGlideString(j, key, typeScript)] : [];
  const object = optionsObject(context, options.options);
  if (iterator) {
    const start = options.cursor ? asGlideString(j, options.cursor, true) : j.stringLiteral('0');
    const receiver = (call.path.node.callee as { object: ExpressionKind }).object;
    const loop = scanLoop(j, { receiver, method: form.glide, key: keyArgument[0], options: object, start, items: form.items, typeScript });
    const node = call.path.node as { callee: unknown; arguments: unknown[] };
    node.callee = (loop as unknown as { callee: unknown }).callee;
    node.arguments = [];
    context.recordEdit(call.path.node, `${call.method}(...) → a loop over ${form.glide}(${keyed ? 'key, ' : ''}cursor${object ? ', { ... }' : ''})`);
    return;
  }
  setMethod(call, context, form.glide);
  setArguments(call, [...keyArgument, asGlideString(j, cursor as ASTPath, typeScript), ...(object ? [object] : [])]);
  const page = form as NodeRedisForm & { property: string };
  context.convertReply(call, pageObject(page), { typeScript: `{ cursor: string; ${page.property}: ${SCAN_ITEM_TYPES[form.items]} }` });
  context.recordEdit(call.path.node, `${call.method}(...) → ${form.glide}(...), its page rebuilt as { cursor, ${page.property} }`);
}

function apply(call: ClientCall, context: RuleContext): void {
  if (call.binding.topology === 'cluster') {
    context.flag(call.path, `${call.method}() on a cluster client: GLIDE's cluster scan walks every node with a ClusterScanCursor, a different loop; migrate it by hand`);
    return;
  }
  if (call.binding.library === 'ioredis') migrateIoredis(call, context);
  else migrateNodeRedis(call, context);
}

export const scanCursors = defineCallRule({
  id: 'scan-cursors',
  phase: 'commands',
  summary: 'SCAN / HSCAN / SSCAN / ZSCAN words or options become GLIDE’s options object; node-redis’ pages and iterators are rebuilt over GLIDE’s [cursor, items]',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('scan-cursors'),
  apply,
});
