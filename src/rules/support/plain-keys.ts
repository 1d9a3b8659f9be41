/**
 * Whether a node-redis keys argument the call does not write out holds plain keys. ZUNION / ZINTER and their STORE
 * forms take either keys or `{ key, weight }` objects, and GLIDE takes keys or `[key, weight]` pairs: a variable
 * holding the objects, passed on as it is, would reach the server as `[object Object]`. The keys are known to be
 * plain when the argument is one string or number, or a name declared `string[]` (TypeScript) or `const` with an
 * array literal of strings and numbers; anything else the syntax cannot tell, and the rule flags the call.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { shapeOfValue } from './value-shape.js';
import { lookupScope } from '../../ast/scope-lookup.js';

function declaredAsStrings(binding: NodeLike): boolean {
  const annotation = (binding.typeAnnotation as NodeLike | undefined)?.typeAnnotation as NodeLike | undefined;
  if (annotation?.type === 'TSArrayType') return (annotation.elementType as NodeLike).type === 'TSStringKeyword';
  const generic = annotation?.type === 'TSTypeReference' && (annotation.typeName as NodeLike).name === 'Array';
  const parameters = ((annotation?.typeParameters as NodeLike | undefined)?.params ?? []) as NodeLike[];
  return generic && parameters.length === 1 && parameters[0].type === 'TSStringKeyword';
}

function initialisedWithPlainKeys(declared: ASTPath): boolean {
  const declarator = declared.parent as ASTPath | null;
  const declaration = declarator?.parent?.node as NodeLike | undefined;
  const init = (declarator?.node as unknown as NodeLike | undefined)?.init as NodeLike | undefined;
  if (declarator?.node.type !== 'VariableDeclarator' || declaration?.kind !== 'const' || init?.type !== 'ArrayExpression') return false;
  const elements = init.elements as unknown[];
  return elements.every((_, index) => ['string', 'number'].includes(shapeOfValue(declarator.get('init', 'elements', index) as ASTPath)));
}

export function holdsPlainKeys(path: ASTPath): boolean {
  if (['string', 'number'].includes(shapeOfValue(path))) return true;
  const node = nodeOf(path);
  if (node.type !== 'Identifier') return false;
  const name = String(node.name);
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined)?.[0];
  return declared !== undefined && (declaredAsStrings(nodeOf(declared)) || initialisedWithPlainKeys(declared));
}
