/**
 * A single string passed where GLIDE takes a list (`del('session')`, `sadd(key, 'member')`): GLIDE iterates it, so
 * `del('abc')` deletes the keys `a`, `b` and `c`. TypeScript rejects it; in JavaScript nothing does.
 */
import type { CallExpression, Node, Type } from 'ts-morph';
import { definePitfall, type PitfallContext } from '../pitfall.js';

/** An array type, readonly ones included. */
const isListType = (type: Type) => type.isArray() || type.getText().endsWith('[]');

/**
 * Whether the parameter the argument at `index` goes to is declared as an array. A union that also takes one
 * value (`migrate`'s `key: GlideString | GlideString[]`) takes the string as that value.
 */
function takesAList(call: CallExpression, index: number, context: PitfallContext): boolean {
  const signature = context.sourceFile.getProject().getTypeChecker().getResolvedSignature(call);
  const parameter = signature?.getParameters()[index];
  const declaration = parameter?.getValueDeclaration();
  const type = declaration?.getType();
  if (type === undefined) return false;
  return type.isUnion() && !type.isArray() ? type.getUnionTypes().every(isListType) : isListType(type);
}

/** A string value: a literal, a template, or an expression the checker types as a string. */
const isAString = (node: Node) => {
  const type = node.getType();
  return type.isString() || type.isStringLiteral() || type.isTemplateLiteral();
};

export const stringAsList = definePitfall({
  id: 'string-as-list',
  summary: 'a single string is passed where GLIDE takes a list, and GLIDE iterates its characters',
  find: (context) =>
    context.clientCalls('*').flatMap((call) =>
      call.getArguments().flatMap((argument, index) => {
        if (!isAString(argument) || !takesAList(call, index, context)) return [];
        return [context.at(argument, `a string where GLIDE takes a list: it would be read character by character; pass [${argument.getText()}]`)];
      }),
    ),
});
