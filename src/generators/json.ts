/**
 * `json`: a small document store on the JSON module (valkey-json) through GLIDE's `GlideJson`: whole documents
 * saved and read at `$`, a field set by path, an array appended to, a number incremented, a document deleted.
 * `ensureJsonModule` runs first and fails with `JsonModuleMissingError`, naming valkey-json, when the server does
 * not know JSON.SET (COMMAND INFO answers null for it), instead of the first call failing with "unknown command".
 * The demo ends with exit code 3 and that message on a server without the module.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { stringValue } from './literals.js';
import { textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { clientClassHole } from './topology-names.js';

export const jsonOptions = z
  .object({
    keyPrefix: textOption('Prepended to each document id to make its key.', 'doc:'),
  })
  .strict();

export type JsonOptions = z.output<typeof jsonOptions>;

/** The exit code of the generated demo when the server has no JSON module. */
export const JSON_MODULE_MISSING_EXIT_CODE = 3;

/** What the generated module says when the server has no JSON module (the tests check for it). */
export const JSON_MODULE_MISSING_MESSAGE =
  'the server has no JSON module (JSON.SET is an unknown command): load valkey-json (valkey-server --loadmodule /path/to/libjson.so, or run the valkey-bundle image) and start again';

const DOCUMENTS_MODULE = `/**
 * A small document store on the JSON module (valkey-json) through GLIDE's GlideJson. Call ensureJsonModule once
 * at start: without the module every JSON command fails with "unknown command".
 */
import { GlideJson, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const KEY_PREFIX = ${hole('keyPrefix')};

export class JsonModuleMissingError extends Error {
  constructor() {
    super(${hole('missingMessage')});
    this.name = 'JsonModuleMissingError';
  }
}

/** Rejects with JsonModuleMissingError when the server does not know JSON.SET (COMMAND INFO answers null for it). */
export async function ensureJsonModule(client: ${hole('ClientType')}): Promise<void> {
  const answer = await client.customCommand(['COMMAND', 'INFO', 'JSON.SET']);
  const described = Array.isArray(answer) ? answer[0] : answer;
  if (described === null || described === undefined) throw new JsonModuleMissingError();
}

const keyOf = (id: string) => KEY_PREFIX + id;

/** Stores the whole document (JSON.SET at the root, \`$\`). */
export async function saveDocument(client: ${hole('ClientType')}, id: string, document: unknown): Promise<void> {
  await GlideJson.set(client, keyOf(id), '$', JSON.stringify(document));
}

/** The whole document, or null when there is none (JSON.GET at \`$\` answers an array of the matches). */
export async function readDocument(client: ${hole('ClientType')}, id: string): Promise<unknown> {
  const text = await GlideJson.get(client, keyOf(id), { path: '$' });
  if (text === null) return null;
  const matches = JSON.parse(String(text)) as unknown[];
  return matches.length > 0 ? matches[0] : null;
}

/** Sets the value at a JSONPath such as \`$.status\`; answers false when the path's parent does not exist. */
export async function setField(client: ${hole('ClientType')}, id: string, path: string, value: unknown): Promise<boolean> {
  return (await GlideJson.set(client, keyOf(id), path, JSON.stringify(value))) === 'OK';
}

/** Appends values to the array at \`path\` (JSON.ARRAPPEND); answers the array's new length. */
export async function appendToArray(client: ${hole('ClientType')}, id: string, path: string, values: unknown[]): Promise<number> {
  const lengths = await GlideJson.arrappend(client, keyOf(id), path, values.map((value) => JSON.stringify(value)));
  return Number(Array.isArray(lengths) ? lengths[0] : lengths);
}

/** Adds \`by\` to the number at \`path\` (JSON.NUMINCRBY); answers the new value. */
export async function incrementNumber(client: ${hole('ClientType')}, id: string, path: string, by: number): Promise<number> {
  const updated = JSON.parse(String(await GlideJson.numincrby(client, keyOf(id), path, by))) as unknown;
  return Number(Array.isArray(updated) ? updated[0] : updated);
}

/** Deletes the document; answers whether there was one. */
export async function deleteDocument(client: ${hole('ClientType')}, id: string): Promise<boolean> {
  return (await GlideJson.del(client, keyOf(id))) > 0;
}
`;

const JSON_DEMO = `/**
 * Saves an order document, changes it by path and reads it back. On a server without the JSON module it prints
 * which module is missing and exits with JSON_MODULE_MISSING_EXIT_CODE instead.
 */
import { closeGracefully, createValkeyClient } from './client.js';
import { appendToArray, deleteDocument, ensureJsonModule, incrementNumber, JsonModuleMissingError, readDocument, saveDocument, setField } from './documents.js';

const JSON_MODULE_MISSING_EXIT_CODE = ${hole('missingExitCode')};

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  try {
    await ensureJsonModule(client);
    const id = 'glide-example-' + String(process.pid);
    await saveDocument(client, id, { status: 'new', items: ['book'], total: 12 });
    const statusSet = await setField(client, id, '$.status', 'paid');
    const itemCount = await appendToArray(client, id, '$.items', ['pen', 'ink']);
    const total = await incrementNumber(client, id, '$.total', 3);
    const stored = await readDocument(client, id);
    const deleted = await deleteDocument(client, id);
    const checks: Record<string, boolean> = {
      'the saved document reads back with the changes made by path':
        statusSet && itemCount === 3 && total === 15 && JSON.stringify(stored) === JSON.stringify({ status: 'paid', items: ['book', 'pen', 'ink'], total: 15 }),
      'a deleted document is gone': deleted && (await readDocument(client, id)) === null,
    };${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}

main().then(
  (kept) => {
    process.exitCode = kept ? 0 : 1;
  },
  (error: unknown) => {
    if (error instanceof JsonModuleMissingError) {
      console.error(error.message);
      process.exitCode = JSON_MODULE_MISSING_EXIT_CODE;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
`;

export function documentsModuleFile(options: JsonOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'documents',
    DOCUMENTS_MODULE,
    { keyPrefix: stringValue(j, options.keyPrefix), missingMessage: stringValue(j, JSON_MODULE_MISSING_MESSAGE), ClientType: clientClassHole(target.topology) },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const extension = target.language;
  const text = [
    '# A document store on Valkey JSON (GLIDE)',
    '',
    `\`documents.${extension}\` stores documents with GLIDE's \`GlideJson\`: \`saveDocument\`, \`readDocument\`, \`setField\` (a`,
    'JSONPath such as `$.status`), `appendToArray`, `incrementNumber` and `deleteDocument`.',
    '',
    'The JSON commands come from the **valkey-json** module, which a plain `valkey-server` does not load. Call',
    '`ensureJsonModule(client)` once at start: it rejects with `JsonModuleMissingError`, naming the module, when the',
    'server does not know `JSON.SET`. Load the module with `valkey-server --loadmodule /path/to/libjson.so`, or run',
    'the `valkey/valkey-bundle` image, which has it.',
    '',
    '```' + target.language,
    "await ensureJsonModule(client);",
    "await saveDocument(client, 'order-1', { status: 'new', items: [] });",
    "await appendToArray(client, 'order-1', '$.items', ['book']);",
    '```',
    '',
    runInstructions(target),
    `On a server without the module the demo prints what is missing and exits ${JSON_MODULE_MISSING_EXIT_CODE}.`,
    '',
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const jsonGenerator = defineGenerator({
  id: 'json',
  title: 'JSON document store',
  summary:
    'Documents saved, read and changed by JSONPath with GlideJson (valkey-json), after a start-up check that fails naming valkey-json when the module is missing; the demo proves the changes on a server with the module, and exits 3 with that message on one without.',
  options: jsonOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      documentsModuleFile(options, target),
      renderModule('demo', JSON_DEMO, { missingExitCode: j.numericLiteral(JSON_MODULE_MISSING_EXIT_CODE) }, target),
      readme(target),
      ...projectFiles('json', target),
    ];
  },
});
