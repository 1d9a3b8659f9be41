import { expect } from 'chai';
import path from 'node:path';
import { Project, SyntaxKind, type ClassDeclaration, type SourceFile } from 'ts-morph';
import { CLUSTER_DIRECT_REPLY_CONVERSIONS, DIRECT_REPLY_CONVERSIONS } from '../../../src/knowledge/batch-replies.js';
import { findGlideDeclarations } from '../../../src/knowledge/glide-declarations.js';

const directory = findGlideDeclarations() as string;
const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, compilerOptions: { allowJs: true } });
const source = (file: string): SourceFile => project.addSourceFileAtPath(path.join(directory, file));

/** The methods of a client class whose body converts the reply with `.then(...)` (not the plumbing they share). */
function convertingMethods(declaration: ClassDeclaration): string[] {
  return declaration
    .getMethods()
    .filter((method) => method.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression).some((access) => access.getName() === 'then'))
    .map((method) => method.getName())
    .filter((name) => name !== 'createWritePromise' && name !== 'exec')
    .sort();
}

/** The batch methods that ask `exec` to turn their reply into a Set: `addAndReturn(command, true)`. */
function setConvertingBatchMethods(): string[] {
  return source('Batch.js')
    .getClassOrThrow('BaseBatch')
    .getMethods()
    .filter((method) =>
      method.getDescendantsOfKind(SyntaxKind.CallExpression).some((call) => call.getExpression().getText().endsWith('addAndReturn') && call.getArguments()[1]?.getText() === 'true'),
    )
    .map((method) => method.getName());
}

describe('batch reply shapes (src/knowledge/batch-replies.ts) against the installed GLIDE', function () {
  this.timeout(60000);

  it('lists every BaseClient and GlideClient method that converts its reply', function () {
    const converting = [...convertingMethods(source('BaseClient.js').getClassOrThrow('BaseClient')), ...convertingMethods(source('GlideClient.js').getClassOrThrow('GlideClient'))];
    expect(Object.keys(DIRECT_REPLY_CONVERSIONS).sort()).to.deep.equal([...new Set(converting)].sort());
  });

  it('lists every GlideClusterClient method that converts its reply', function () {
    expect(Object.keys(CLUSTER_DIRECT_REPLY_CONVERSIONS).sort()).to.deep.equal(convertingMethods(source('GlideClusterClient.js').getClassOrThrow('GlideClusterClient')));
  });

  it('calls a reply the same in a batch only where the batch converts it to a Set too', function () {
    const sets = setConvertingBatchMethods();
    const same = Object.entries(DIRECT_REPLY_CONVERSIONS).filter(([, shape]) => shape === 'same').map(([name]) => name);
    for (const name of same) expect(sets, name).to.include(name);
  });
});
