/**
 * What an argument expression evaluates to, as far as the syntax shows: a single string, a number, an array,
 * or unknown. ioredis flattens array arguments; GLIDE takes one array and splits a lone string into
 * characters, so the shape decides how a multi-key argument is rebuilt.
 */
import type { ASTPath } from 'jscodeshift';

export type ValueShape = 'string' | 'number' | 'array' | 'unknown';

interface NodeLike {
  type: string;
  [key: string]: unknown;
}

function shapeOfAnnotation(annotation: unknown): ValueShape {
  const wrapper = annotation as NodeLike | undefined;
  const type = (wrapper?.type === 'TSTypeAnnotation' ? wrapper.typeAnnotation : undefined) as NodeLike | undefined;
  if (!type) return 'unknown';
  if (type.type === 'TSStringKeyword') return 'string';
  if (type.type === 'TSNumberKeyword') return 'number';
  if (type.type === 'TSArrayType') return 'array';
  return 'unknown';
}

/** Finds the declaration of an identifier in scope and reads its annotation or its literal initialiser. */
function shapeOfIdentifier(path: ASTPath): ValueShape {
  const name = String((path.node as unknown as NodeLike).name);
  const scope = path.scope?.lookup(name);
  if (!scope) return 'unknown';
  const bindings = scope.getBindings()[name] as ASTPath[] | undefined;
  const declared = bindings?.[0];
  if (!declared) return 'unknown';
  const node = declared.node as unknown as NodeLike;
  const fromAnnotation = shapeOfAnnotation(node.typeAnnotation);
  if (fromAnnotation !== 'unknown') return fromAnnotation;
  const declarator = declared.parent?.node as NodeLike | undefined;
  if (declarator?.type === 'VariableDeclarator' && declarator.id === node && declarator.init) {
    const declaration = declared.parent?.parent?.node as NodeLike | undefined;
    if (declaration?.type === 'VariableDeclaration' && declaration.kind === 'const') {
      return shapeOfNode(declarator.init as NodeLike);
    }
  }
  return 'unknown';
}

function shapeOfNode(node: NodeLike): ValueShape {
  switch (node.type) {
    case 'StringLiteral':
    case 'TemplateLiteral':
      return 'string';
    case 'NumericLiteral':
      return 'number';
    case 'Literal':
      return typeof node.value === 'string' ? 'string' : typeof node.value === 'number' ? 'number' : 'unknown';
    case 'ArrayExpression':
      return 'array';
    case 'BinaryExpression': {
      if (node.operator !== '+') return ['-', '*', '/', '%'].includes(String(node.operator)) ? 'number' : 'unknown';
      const left = shapeOfNode(node.left as NodeLike);
      const right = shapeOfNode(node.right as NodeLike);
      if (left === 'string' || right === 'string') return 'string';
      return left === 'number' && right === 'number' ? 'number' : 'unknown';
    }
    case 'CallExpression': {
      const callee = node.callee as NodeLike;
      if (callee.type === 'Identifier' && callee.name === 'String') return 'string';
      if (callee.type === 'Identifier' && callee.name === 'Number') return 'number';
      const property = callee.type === 'MemberExpression' ? (callee.property as NodeLike) : undefined;
      if (property?.type === 'Identifier' && ['toString', 'join', 'toFixed'].includes(String(property.name))) return 'string';
      return 'unknown';
    }
    default:
      return 'unknown';
  }
}

export function shapeOfValue(path: ASTPath): ValueShape {
  const node = path.node as unknown as NodeLike;
  if (node.type === 'Identifier') return shapeOfIdentifier(path);
  return shapeOfNode(node);
}
