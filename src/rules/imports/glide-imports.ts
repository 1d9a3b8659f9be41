/**
 * Imports what the migrated file uses from `@valkey/valkey-glide` (named imports in ES modules, a destructured
 * require in CommonJS), once, and removes ioredis / node-redis imports whose names are no longer used. A name
 * that is still used (a client left alone and flagged) keeps its import.
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

function glideImportStatement(context: RuleContext, names: readonly string[], commonJs: boolean) {
  const { j } = context;
  if (commonJs) {
    // Through a template so the destructuring prints on one line; the names are GLIDE's exports, not user text.
    const require = j.callExpression(j.identifier('require'), [j.stringLiteral(GLIDE_MODULE)]);
    return j.template.statement([`const { ${names.join(', ')} } = `, ';'], require);
  }
  return j.importDeclaration(names.map((name) => j.importSpecifier(j.identifier(name))), j.stringLiteral(GLIDE_MODULE));
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
function insertAfterPreamble(bodyPath: ASTPath, statement: NodeLike): NodeLike | undefined {
  const body = bodyPath.value as unknown as NodeLike[];
  const index = preambleLength(body);
  const neighbour = body[index] ?? body[index - 1];
  if (index === 0 && body[0]) {
    statement.comments = body[0].comments;
    body[0].comments = null;
  }
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  bodyPath.insertAt(index, statement);
  return neighbour;
}

export const glideImports = defineFileRule({
  id: 'glide-imports',
  phase: 'imports',
  summary: 'Named imports from @valkey/valkey-glide are added once; unused ioredis / node-redis imports are removed',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j, root } = context.file;
    const wanted = [...context.glideExportsInUse].sort();
    if (wanted.length === 0) return;
    const sites = context.analysis.importSites;
    const { imports: importDeclarations, inUse } = readImportsAndUses(context, new Set(sites.map((site) => site.import.localName)));
    // The file's own style: requires where the client library was required, or, in a file that only uses a client
    // imported from another module, requires when it has no import statements and runs as CommonJS.
    const usesRequire =
      sites.length > 0
        ? sites.every((site) => site.path.node.type === 'VariableDeclarator')
        : importDeclarations.length === 0 && context.analysis.moduleSystem === 'commonjs';

    const declaration = importDeclarations.find((node) => node.source.value === GLIDE_MODULE);
    if (declaration) {
      const present = new Set((declaration.specifiers ?? []).map((specifier) => specifier.local?.name));
      for (const name of wanted.filter((candidate) => !present.has(candidate))) {
        declaration.specifiers = [...(declaration.specifiers ?? []), j.importSpecifier(j.identifier(name))];
      }
      removeUnused(context, sites, inUse).forEach((path) => path.prune());
      return;
    }
    const anchor = sites[0]?.path.node.type === 'VariableDeclarator' ? (sites[0].path.parent as ASTPath) : (sites[0]?.path as ASTPath | undefined);
    const statement = glideImportStatement(context, wanted, usesRequire);
    const [replaced, ...alsoEmptied] = removeUnused(context, sites, inUse);
    // The report names a place in the source: the import replaced, or the statement the new one stands by.
    let place: unknown;
    if (replaced) {
      place = replaced.node;
      takePlaceOf(replaced, statement as unknown as NodeLike);
      alsoEmptied.forEach((path) => path.prune());
    } else if (anchor) {
      place = anchor.node;
      anchor.insertAfter(statement);
    } else {
      place = insertAfterPreamble(root.get('program', 'body') as ASTPath, statement as unknown as NodeLike);
    }
    context.recordEdit(place, `imported ${wanted.join(', ')} from ${GLIDE_MODULE}`);
  },
});
