/**
 * A binary payload (DUMP's, FUNCTION DUMP's) given to a GLIDE method that takes a Buffer (`restore`,
 * `functionRestore`): as written in JavaScript (GLIDE sends a string's UTF-8 bytes, as the source clients do), a
 * Buffer in TypeScript, where a value not known to be one (by its declared type, or a const made by
 * `Buffer.from` / `alloc` / `concat`) is passed as `Buffer.from(value)`. A number or an
 * array, which no source client sent as a payload, gives undefined.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { NodeLike } from '../../ast/node.js';
import { sourceTextOf } from '../../ast/position.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { shapeOfValue } from './value-shape.js';

/** `Buffer.from(...)`, `Buffer.alloc(...)`, `Buffer.concat(...)`: a call that makes a Buffer. */
function makesBuffer(node: NodeLike | undefined): boolean {
  const callee = node?.type === 'CallExpression' ? (node.callee as NodeLike) : undefined;
  return callee?.type === 'MemberExpression' && (callee.object as NodeLike).name === 'Buffer' && BUFFER_MAKERS.has(String((callee.property as NodeLike).name));
}

const BUFFER_MAKERS: ReadonlySet<string> = new Set(['from', 'alloc', 'concat']);

/** A name declared with a type that names Buffer (`const backup: Buffer | null = ...`), or a const made by `Buffer.from(...)`. */
function declaredAsBuffer(path: ASTPath): boolean {
  const node = path.node as unknown as NodeLike;
  if (node.type !== 'Identifier') return false;
  const declaration = (path.scope as { lookup(name: string): { getBindings(): Record<string, ASTPath[]> } | null } | null)?.lookup(String(node.name));
  const [binding] = declaration?.getBindings()[String(node.name)] ?? [];
  const annotation = (binding?.node as unknown as NodeLike | undefined)?.typeAnnotation as NodeLike | undefined;
  if (annotation !== undefined) return sourceTextOf(annotation)?.includes('Buffer') === true;
  const declarator = binding?.parent?.node as unknown as NodeLike | undefined;
  const declarations = binding?.parent?.parent?.node as unknown as NodeLike | undefined;
  return declarator?.type === 'VariableDeclarator' && declarations?.kind === 'const' && makesBuffer(declarator.init as NodeLike | undefined);
}

export function bufferPayload(path: ASTPath, context: RuleContext): ExpressionKind | undefined {
  const node = path.node as unknown as ExpressionKind;
  const shape = shapeOfValue(path);
  if (shape === 'number' || shape === 'array') return undefined;
  if (!context.typeScript) return node;
  return makesBuffer(node as unknown as NodeLike) || declaredAsBuffer(path) ? node : context.j.callExpression(context.j.memberExpression(context.j.identifier('Buffer'), context.j.identifier('from')), [node]);
}
