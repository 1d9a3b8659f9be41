/**
 * What an argument expression evaluates to, as far as the syntax shows: a single string, a number, an array,
 * or unknown. ioredis flattens array arguments; GLIDE takes one array and splits a lone string into
 * characters, so the shape decides how a multi-key argument is rebuilt.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

export type ValueShape = 'string' | 'number' | 'array' | 'unknown';

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
  const name = String(nodeOf(path).name);
  const scope = lookupScope(path, name);
  if (!scope) return 'unknown';
  const bindings = scope.getBindings()[name] as ASTPath[] | undefined;
  const declared = bindings?.[0];
  if (!declared) return 'unknown';
  const node = nodeOf(declared);
  const fromAnnotation = shapeOfAnnotation(node.typeAnnotation);
  if (fromAnnotation !== 'unknown') return fromAnnotation;
  const declarator = declared.parent?.node as NodeLike | undefined;
  const declaration = declared.parent?.parent?.node as NodeLike | undefined;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id !== node || declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return 'unknown';
  if (declarator.init) return shapeOfNode(declarator.init as NodeLike);
  const loop = declared.parent?.parent?.parent?.node as NodeLike | undefined;
  return loop?.type === 'ForOfStatement' && loop.left === declaration ? shapeOfElements(loop.right as NodeLike) : 'unknown';
}

/** `for (const now of [100, 101, 103])`: the shape every element of an array written in place shares. */
function shapeOfElements(array: NodeLike): ValueShape {
  if (array.type !== 'ArrayExpression') return 'unknown';
  const shapes = new Set((array.elements as (NodeLike | null)[]).map((element) => (element && element.type !== 'SpreadElement' ? shapeOfNode(element) : 'unknown')));
  const [shape] = shapes;
  return shapes.size === 1 ? shape : 'unknown';
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
    case 'UnaryExpression':
      return node.operator === '-' || node.operator === '+' ? 'number' : 'unknown';
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

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod']);

/** What a (non-async) function returns: its written return type, or the shape of its only returned expression. */
function shapeOfResult(fn: NodeLike | undefined): ValueShape {
  if (!fn || !FUNCTION_TYPES.has(fn.type) || fn.async || fn.generator) return 'unknown';
  const declared = shapeOfAnnotation(fn.returnType);
  if (declared !== 'unknown') return declared;
  const body = fn.body as NodeLike;
  if (body.type !== 'BlockStatement') return shapeOfNode(body);
  const statements = body.body as NodeLike[];
  const [only] = statements;
  return statements.length === 1 && only.type === 'ReturnStatement' && only.argument ? shapeOfNode(only.argument as NodeLike) : 'unknown';
}

/** The function a plain name refers to: `function f() {}` or `const f = () => ...`. */
function functionNamed(path: ASTPath, name: string): NodeLike | undefined {
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined)?.[0];
  const parent = declared?.parent?.node as NodeLike | undefined;
  if (parent?.type === 'FunctionDeclaration' && parent.id === declared?.node) return parent;
  if (parent?.type === 'VariableDeclarator' && parent.id === declared?.node) {
    const declaration = declared?.parent?.parent?.node as NodeLike | undefined;
    return declaration?.kind === 'const' ? (parent.init as NodeLike | undefined) : undefined;
  }
  return undefined;
}

/** The method `this.name()` calls: an instance method of the enclosing class. */
function methodNamed(path: ASTPath, name: string): NodeLike | undefined {
  let classBody = path.parent as ASTPath | null;
  while (classBody && classBody.node.type !== 'ClassBody') classBody = classBody.parent as ASTPath | null;
  const members = ((classBody?.node as unknown as NodeLike | undefined)?.body ?? []) as NodeLike[];
  const method = members.find(
    (member) => member.kind === 'method' && !member.static && !member.computed && (member.key as NodeLike).name === name,
  );
  return method?.type === 'MethodDefinition' ? (method.value as NodeLike) : method;
}

/** A call to a function or method of the file, by what that function returns. */
function shapeOfLocalCall(path: ASTPath): ValueShape {
  const callee = nodeOf(path).callee as NodeLike;
  if (callee.type === 'Identifier') return shapeOfResult(functionNamed(path, String(callee.name)));
  const property = callee.property as NodeLike | undefined;
  const isThisMethod = callee.type === 'MemberExpression' && !callee.computed && (callee.object as NodeLike).type === 'ThisExpression';
  return isThisMethod && property?.type === 'Identifier' ? shapeOfResult(methodNamed(path, String(property.name))) : 'unknown';
}

/**
 * The TypeScript annotation a class gives `this.name`: its field (`private key: string`), or a constructor parameter
 * property (`constructor(private readonly key: string)`).
 */
export function thisPropertyAnnotation(path: ASTPath): unknown {
  const node = nodeOf(path);
  if (node.type !== 'MemberExpression' || node.computed || (node.object as NodeLike).type !== 'ThisExpression') return undefined;
  const name = (node.property as NodeLike).name;
  let classBody = path.parent as ASTPath | null;
  while (classBody && nodeOf(classBody).type !== 'ClassBody') classBody = classBody.parent as ASTPath | null;
  for (const member of classBody ? (nodeOf(classBody).body as NodeLike[]) : []) {
    if (member.type === 'ClassProperty' && !member.static && (member.key as NodeLike).name === name) return member.typeAnnotation;
    if (member.type !== 'ClassMethod' || member.kind !== 'constructor') continue;
    for (const param of member.params as NodeLike[]) {
      const parameter = param.type === 'TSParameterProperty' ? (param.parameter as NodeLike) : undefined;
      if (parameter?.type === 'Identifier' && parameter.name === name) return parameter.typeAnnotation;
    }
  }
  return undefined;
}

/** The members an interface or object type alias of the module declares under `name` (`interface Row { qty: number }`). */
function declaredMembers(path: ASTPath, name: string): readonly NodeLike[] | undefined {
  let program = path as ASTPath | null;
  while (program && program.node.type !== 'Program') program = program.parent as ASTPath | null;
  const statements = ((program?.node as unknown as NodeLike | undefined)?.body ?? []) as NodeLike[];
  const declarations = statements.map((statement) => (statement.type === 'ExportNamedDeclaration' && statement.declaration ? (statement.declaration as NodeLike) : statement));
  const named = declarations.filter((declaration) => (declaration.id as NodeLike | undefined)?.name === name);
  if (named.length !== 1 || named[0].typeParameters) return undefined;
  const [declaration] = named;
  if (declaration.type === 'TSInterfaceDeclaration' && !(declaration.extends as unknown[] | undefined)?.length) return (declaration.body as NodeLike).body as NodeLike[];
  const literal = declaration.type === 'TSTypeAliasDeclaration' ? (declaration.typeAnnotation as NodeLike) : undefined;
  return literal?.type === 'TSTypeLiteral' ? (literal.members as NodeLike[]) : undefined;
}

/**
 * `row.qty` where `row` is declared with a type the module declares (`(row: Row)`, `interface Row { qty: number
 * }`): the annotation of that member, unless optional (it may be undefined).
 */
function declaredMemberAnnotation(path: ASTPath): unknown {
  const node = nodeOf(path);
  const object = node.object as NodeLike;
  const property = node.property as NodeLike;
  if (node.computed || object.type !== 'Identifier' || property.type !== 'Identifier') return undefined;
  const declared = (lookupScope(path, String(object.name))?.getBindings()[String(object.name)] as ASTPath[] | undefined) ?? [];
  if (declared.length !== 1) return undefined;
  const type = ((nodeOf(declared[0]).typeAnnotation as NodeLike | undefined)?.typeAnnotation) as NodeLike | undefined;
  const typeName = type?.type === 'TSTypeReference' && !type.typeParameters ? (type.typeName as NodeLike) : undefined;
  if (typeName?.type !== 'Identifier') return undefined;
  const members = declaredMembers(path, String(typeName.name)) ?? [];
  const member = members.find((entry) => entry.type === 'TSPropertySignature' && !entry.computed && (entry.key as NodeLike).name === property.name);
  return member && !member.optional ? member.typeAnnotation : undefined;
}

export function shapeOfValue(path: ASTPath): ValueShape {
  const node = nodeOf(path);
  if (node.type === 'Identifier') return shapeOfIdentifier(path);
  if (node.type === 'MemberExpression' && (node.object as NodeLike).type === 'ThisExpression') return shapeOfAnnotation(thisPropertyAnnotation(path));
  if (node.type === 'MemberExpression') return shapeOfAnnotation(declaredMemberAnnotation(path));
  const shape = shapeOfNode(node);
  return shape === 'unknown' && node.type === 'CallExpression' ? shapeOfLocalCall(path) : shape;
}
