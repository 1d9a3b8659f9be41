/**
 * The documentation pages this package ships (`docs/` beside `package.json`), served as MCP resources: one
 * family per folder (`docs/rules/<id>.md` as `glide-codemod://rules/<id>`), listed from the folder at each
 * request, so the resources are always the pages the installed version ships. Only plain page names resolve:
 * an id is never a path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';

export interface DocPageFamily {
  /** The resource template's name, and the URI's path segment: `rules`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** The folder under docs/ holding the pages: `rules`. */
  readonly folder: string;
}

const PAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Both src/mcp/resources (under tsx) and dist/src/mcp/resources sit below the package root.
function docsDirectory(): string {
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, 'package.json')) && existsSync(path.join(directory, 'docs'))) return path.join(directory, 'docs');
    if (path.dirname(directory) === directory) throw new Error('the package ships no docs/ folder');
  }
}

export function pageIds(family: DocPageFamily): string[] {
  const folder = path.join(docsDirectory(), family.folder);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -'.md'.length))
    .filter((id) => PAGE_NAME.test(id))
    .sort();
}

export function pageUri(family: DocPageFamily, id: string): string {
  return `glide-codemod://${family.name}/${id}`;
}

/** The page's first line without its `# `, for the resource's title. */
function pageTitle(text: string, id: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  return first.startsWith('# ') ? first.slice(2).trim() : id;
}

function readPage(family: DocPageFamily, id: string): string | undefined {
  if (!PAGE_NAME.test(id) || !pageIds(family).includes(id)) return undefined;
  return readFileSync(path.join(docsDirectory(), family.folder, `${id}.md`), 'utf8');
}

export function registerDocPages(server: McpServer, family: DocPageFamily): void {
  const template = new ResourceTemplate(`glide-codemod://${family.name}/{id}`, {
    list: () => ({
      resources: pageIds(family).map((id) => ({ uri: pageUri(family, id), name: id, title: pageTitle(readPage(family, id) ?? '', id), mimeType: 'text/markdown' })),
    }),
    complete: { id: (value) => pageIds(family).filter((id) => id.startsWith(value)) },
  });
  server.registerResource(family.name, template, { title: family.title, description: family.description, mimeType: 'text/markdown' }, (uri, variables): ReadResourceResult => {
    const id = String(variables.id);
    const text = readPage(family, id);
    if (text === undefined) throw new Error(`no ${family.name} page named '${id}' (list the resources for the ones there are)`);
    return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text }] };
  });
}
