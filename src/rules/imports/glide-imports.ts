/**
 * Imports what the migrated file uses from `@valkey/valkey-glide` (named imports in ES modules, a destructured
 * require in CommonJS), once, and removes ioredis / node-redis imports whose names are no longer used. A name
 * that is still used (a client left alone and flagged) keeps its import. What the migrated code takes from Node's
 * own modules (`Readable` from `node:stream`) is imported beside it, in the same style.
 */
import type { ASTPath, ImportDeclaration, VariableDeclarator } from 'jscodeshift';
import { forEachNode } from '../../ast/node-index.js';
import type { LibraryImportSite } from '../../engine/analyse/types.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { preambleLength } from '../support/preamble.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

export const GLIDE_MODULE = '@valkey/valkey-glide';

function isDeclarationOfName(node: NodeLike, parent: NodeLike | undefined, grandparent: NodeLike | undefined): boolean {
  if (!parent) return false;
  if (['ImportSpecifier', 'ImportDefaultSpecifier', 'ImportNamespaceSpecifier'].includes(parent.type)) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && grandparent?.type === 'ObjectPattern') return true;
  if (parent.type === 'VariableDeclarator' && parent.id === node) return true;
  if (parent.type === 'MemberExpression' && parent.property === node && !parent.computed) return true;
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === node && !parent.computed) return true;
  return false;
}

/**
 * One read of the file as rewritten: its import statements, and which of `names` its identifiers use (other than
 * to declare a name or name a member).
 */
function readImportsAndUses(context: RuleContext, names: ReadonlySet<string>): { imports: ImportDeclaration[]; inUse: Set<string> } {
  const imports: ImportDeclaration[] = [];
  const inUse = new Set<string>();
  forEachNode(context.file, (node, parent, grandparent) => {
    if (node.type === 'ImportDeclaration') imports.push(node as unknown as ImportDeclaration);
    else if (node.type === 'Identifier' && names.has(node.name as string) && !isDeclarationOfName(node, parent, grandparent)) {
      inUse.add(node.name as string);
    }
  });
  return { imports, inUse };
}

/**
 * Drops names no longer in use from library imports; returns the import statements left empty, to be removed.
 * Removing import names changes no use of a name, so the names in use are read once, before.
 */
function removeUnused(context: RuleContext, sites: readonly LibraryImportSite[], inUse: ReadonlySet<string>): ASTPath[] {
  const emptied: ASTPath[] = [];
  for (const site of sites) {
    if (inUse.has(site.import.localName)) continue;
    const path = site.path as ASTPath;
    if (path.node.type === 'ImportDeclaration') {
      const declaration = path as ASTPath<ImportDeclaration>;
      declaration.node.specifiers = (declaration.node.specifiers ?? []).filter((specifier) => specifier.local?.name !== site.import.localName);
      if (declaration.node.specifiers.length === 0) emptied.push(declaration);
    } else {
      const declarator = path as ASTPath<VariableDeclarator>;
      const id = declarator.node.id as unknown as NodeLike;
      if (id.type === 'ObjectPattern') {
        id.properties = (id.properties as NodeLike[]).filter((property) => (property.value as NodeLike)?.name !== site.import.localName);
        if ((id.properties as NodeLike[]).length > 0) continue;
      }
      const statement = declarator.parent as ASTPath;
      const remaining = ((statement.node as NodeLike).declarations as unknown[]).filter((entry) => entry !== declarator.node);
      (statement.node as NodeLike).declarations = remaining;
      if (remaining.length === 0) emptied.push(statement);
    }
    context.recordEdit(path.node, `removed the ${site.import.library} import of '${site.import.localName}'`);
  }
  return [...new Set(emptied)];
}

type ModuleNames = readonly (readonly [module: string, names: readonly string[]])[];

/**
 * `import { a, b } from 'module'` for each module or, in CommonJS, `const { a, b } = require('module')`. The
 * requires come from one template so that each destructuring prints on one line, and one under the other.
 */
function importStatements(context: RuleContext, modules: ModuleNames, commonJs: boolean): NodeLike[] {
  const { j } = context;
  if (commonJs) {
    // The names are exports of the modules, not user text; the modules are string literals.
    const texts = modules.map(([, names], index) => `${index === 0 ? '' : ';\n'}const { ${names.join(', ')} } = `);
    const requires = modules.map(([module]) => j.callExpression(j.identifier('require'), [j.stringLiteral(module)]));
    return j.template.statements([...texts, ';'], ...requires) as unknown as NodeLike[];
  }
  return modules.map(([module, names]) => j.importDeclaration(names.map((name) => j.importSpecifier(j.identifier(name), j.identifier(name))), j.stringLiteral(module)) as unknown as NodeLike);
}

/** Takes the place (and the comments above it) of the import being replaced. */
function takePlaceOf(replaced: ASTPath, statement: NodeLike): void {
  statement.comments = nodeOf(replaced).comments;
  replaced.replace(statement);
}

/**
 * With no client-library import to take the place of: after the file's leading imports and requires, or, when it
 * starts with code, first, taking over the comments above that code (a file header stays at the top). Returns the
 * statement it stands by, whose position the report names.
 */
function insertAfterPreamble(bodyPath: ASTPath, statements: readonly NodeLike[]): NodeLike | undefined {
  const body = bodyPath.value as unknown as NodeLike[];
  const index = preambleLength(body);
  // The report names a statement of the source: not one a rule put there first (the logger switch).
  const neighbour = body.slice(index).find((statement) => statement.loc) ?? body[index - 1];
  if (index === 0 && body[0]) {
    statements[0].comments = body[0].comments;
    body[0].comments = null;
    // Without the template's place, recast prints a require as a statement of its own: with it, a require put
    // before a first line of code that has no comments above it was printed on that line.
    if (!statements[0].comments) for (const statement of statements) statement.loc = null;
  }
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  bodyPath.insertAt(index, ...statements);
  return neighbour;
}

export const glideImports = defineFileRule({
  id: 'glide-imports',
  phase: 'imports',
  summary: 'Named imports from @valkey/valkey-glide (and from Node modules the migrated code uses) are added once; unused ioredis / node-redis imports are removed',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { root } = context.file;
    const { j } = context;
    const wanted = [...context.glideExportsInUse].sort();
    if (wanted.length === 0 && context.builtinExportsInUse.size === 0) return;
    const sites = context.analysis.importSites;
    const { imports: importDeclarations, inUse } = readImportsAndUses(context, new Set(sites.map((site) => site.import.localName)));
    // The file's own style: requires where the client library was required, or, in a file that only uses a client
    // imported from another module, requires when it has no import statements and runs as CommonJS.
    const usesRequire =
      sites.length > 0
        ? sites.every((site) => site.path.node.type === 'VariableDeclarator')
        : importDeclarations.length === 0 && context.analysis.moduleSystem === 'commonjs';
    const builtins: ModuleNames = [...context.builtinExportsInUse].map(([module, names]) => [module, [...names].sort()]);

    const declaration = importDeclarations.find((node) => node.source.value === GLIDE_MODULE);
    if (declaration) {
      const present = new Set((declaration.specifiers ?? []).map((specifier) => specifier.local?.name));
      for (const name of wanted.filter((candidate) => !present.has(candidate))) {
        declaration.specifiers = [...(declaration.specifiers ?? []), j.importSpecifier(j.identifier(name), j.identifier(name))];
      }
      removeUnused(context, sites, inUse).forEach((path) => path.prune());
      if (builtins.length > 0) root.find(j.ImportDeclaration).filter((path) => path.node === declaration).insertAfter(importStatements(context, builtins, false));
      return;
    }
    const anchor = sites[0]?.path.node.type === 'VariableDeclarator' ? (sites[0].path.parent as ASTPath) : (sites[0]?.path as ASTPath | undefined);
    const modules: ModuleNames = [...(wanted.length > 0 ? [[GLIDE_MODULE, wanted] as const] : []), ...builtins];
    const statements = importStatements(context, modules, usesRequire);
    const [replaced, ...alsoEmptied] = removeUnused(context, sites, inUse);
    // The report names a place in the source: the import replaced, or the statement the new ones stand by.
    let place: unknown;
    if (replaced) {
      place = replaced.node;
      takePlaceOf(replaced, statements[0]);
      replaced.insertAfter(...statements.slice(1));
      alsoEmptied.forEach((path) => path.prune());
    } else if (anchor) {
      place = anchor.node;
      anchor.insertAfter(...statements);
    } else {
      place = insertAfterPreamble(root.get('program', 'body') as ASTPath, statements);
    }
    context.recordEdit(place, `imported ${modules.map(([module, names]) => `${names.join(', ')} from ${module}`).join('; ')}`);
  },
});
