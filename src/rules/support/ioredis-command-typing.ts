/**
 * ioredis' TypeScript programs type a command added by `defineCommand` by augmenting its interface:
 * `declare module 'ioredis' { interface RedisCommander<Context> { name(...): Result<T, Context>; } }`. GLIDE's
 * `invokeScript` answers `GlideReturnType`, so the migrated call is cast to `T`, the reply type the program declared.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { sourceTextOf } from '../../ast/position.js';

function commanderMembers(file: ParsedFile): NodeLike[] {
  const members: NodeLike[] = [];
  const body = nodeOf(file.root.get('program')).body as NodeLike[];
  for (const statement of body) {
    const id = statement.type === 'TSModuleDeclaration' ? (statement.id as NodeLike) : undefined;
    if (!id || id.value !== 'ioredis' || (statement.body as NodeLike | undefined)?.type !== 'TSModuleBlock') continue;
    for (const declaration of (statement.body as NodeLike).body as NodeLike[]) {
      if (declaration.type === 'TSInterfaceDeclaration' && (declaration.id as NodeLike).name === 'RedisCommander') {
        members.push(...(((declaration.body as NodeLike).body as NodeLike[]) ?? []));
      }
    }
  }
  return members;
}

/** `T` of the augmentation's `name(...): Result<T, Context>`, as written; undefined when there is none. */
export function declaredCommandReply(file: ParsedFile, name: string): string | undefined {
  const method = commanderMembers(file).find((member) => member.type === 'TSMethodSignature' && (member.key as NodeLike).name === name);
  const annotation = (method?.returnType ?? method?.typeAnnotation) as NodeLike | undefined;
  const type = annotation?.typeAnnotation as NodeLike | undefined;
  const params = type?.type === 'TSTypeReference' && (type.typeName as NodeLike).name === 'Result' ? ((type.typeParameters as NodeLike | undefined)?.params as unknown[] | undefined) : undefined;
  return params?.[0] ? sourceTextOf(params[0]) : undefined;
}
