/**
 * The facts analysis hands to the rules: which local names construct clients, which names hold a client, and
 * every method call made on one. Rules decide from these facts; they never search the tree themselves.
 */
import type { SourceLibrary } from '../../source/source-library.js';
import type { ASTPath, CallExpression, ImportDeclaration, NewExpression, VariableDeclarator } from 'jscodeshift';

export type { SourceLibrary };
export type ClientTopology = 'standalone' | 'cluster';
export type ModuleSystem = 'esm' | 'commonjs';

/** A local name bound by an import or require of a client library. */
export interface LibraryImport {
  readonly library: SourceLibrary;
  readonly localName: string;
  /** What the local name is: the client class, a factory function, or the whole module namespace. */
  readonly role: 'client-class' | 'cluster-class' | 'factory' | 'cluster-factory' | 'namespace' | 'type-only' | 'other';
  /** The name imported from the library (`default` for a default import or a bare require). */
  readonly importedName: string;
}

/** Where a library import stands: the import declaration, or the variable declarator of the require. */
export interface LibraryImportSite {
  readonly import: LibraryImport;
  readonly path: ASTPath<ImportDeclaration> | ASTPath<VariableDeclarator>;
}

/**
 * How code reaches the client after migration. `direct`: the name holds a GlideClient (created with `await`).
 * `promise`: the name holds a Promise of one, because it is created where `await` is not allowed (CommonJS
 * module scope, a synchronous function); each use awaits it.
 */
export type ClientShape = 'direct' | 'promise';

export interface ClientConstruction {
  readonly path: ASTPath<NewExpression> | ASTPath<CallExpression>;
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
  /** `await` is allowed where the construction stands (ESM module scope or an async function). */
  readonly canAwait: boolean;
  /** node-redis chains such as `createClient(...).on('error', f).connect()`: the outermost call of the chain. */
  readonly chainEnd: ASTPath<CallExpression> | undefined;
  /**
   * node-redis `createClient({ commandOptions: { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } } })`, written
   * in place: every call answers Buffers for bulk strings.
   */
  readonly bufferReplies?: boolean;
}

export type BindingAccess = 'variable' | 'this-property' | 'imported' | 'parameter';

export interface ClientBinding {
  readonly id: number;
  /** The variable, property or parameter name through which the client is used. */
  readonly name: string;
  readonly access: BindingAccess;
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
  readonly shape: ClientShape;
  readonly construction: ClientConstruction | undefined;
  /** The scope node that declares `name` (variables and parameters) or the class body (this-properties). */
  readonly owner: ASTPath;
  /** The bindings of this file that this client is passed or assigned to: a client left alone leaves them alone. */
  readonly flowsInto: readonly number[];
  /** Where a client from another module comes in: an import of its export, or a parameter other modules pass it to. */
  readonly origin?: BindingOrigin;
}

export type BindingOrigin =
  | { readonly kind: 'import'; readonly specifier: string; readonly exportName: string }
  | { readonly kind: 'parameter'; readonly exportName: string; readonly index: number };

/** How the value of a client call is used; decides whether a reply needs converting and where. */
export interface ResultUse {
  /** The call is the operand of `await`. */
  readonly awaited: boolean;
  /** The value (or the awaited value) is read by the program, not thrown away in an expression statement. */
  readonly used: boolean;
  /** An ioredis callback receives the reply (from the promise, where a conversion must then go). */
  readonly readByCallback?: boolean;
}

/**
 * A batch the program queues on a client (ioredis `pipeline()` / `multi()`, node-redis `multi()`), written so the
 * codemod can tell which command each slot of its reply answers.
 */
export interface QueuedBatch {
  /** Distinguishes the batches of a file. */
  readonly id: number;
  /** MULTI / EXEC (ioredis `multi()`, node-redis `exec()`), or a pipeline without atomicity. */
  readonly atomic: boolean;
  /** How many commands are queued; undefined when some are queued in a loop or a branch. */
  readonly size: number | undefined;
  /** The client expression the batch was started on (`redis`, `this.redis`), as parsed. */
  readonly receiver: ASTPath;
  /** Why the codemod cannot follow the batch (queued in a loop, passed on, never sent), when it cannot. */
  readonly problem?: string;
  /**
   * ioredis' array form, `pipeline([['set', k, v], ['get', k]])`: its commands as the calls the batch would make
   * (`<anchor>.set(k, v).get(k)`), built apart from the tree for their rules to migrate; the batch rule puts the
   * chain in the start's place, `new Batch(...)` as its anchor.
   */
  readonly listed?: ListedCommands;
  /**
   * Reads of ioredis' `batch.length` (how many commands it holds: a transaction counts its MULTI, and its EXEC
   * once sent), each with the number it reads, known from the code.
   */
  readonly lengths?: readonly BatchLength[];
  /**
   * ioredis' `multi({ pipeline: false })`, whose commands are called on the client itself until `exec()`: the
   * statement of the multi, which the Batch's declaration under `name` replaces.
   */
  readonly clientHeld?: { readonly statement: ASTPath; readonly name: string };
  /**
   * A pipeline all of whose commands are queued in loops or branches, so it may send none, which GLIDE refuses
   * where the source clients answered `[]`.
   */
  readonly mayBeEmpty?: boolean;
  /**
   * Where a batch held in a variable queues commands at slots the code does not tell (in a loop or a branch, or
   * after one), so the migrated program can note at run time what it queued; undefined when one of them is queued
   * inside another expression (`ok && pipeline.set(k, v)`).
   */
  readonly unknownSlotQueuing?: UnknownSlotQueuing;
  /**
   * The TypeScript types naming the source client's batch written for the values that hold it: the batch
   * variable's (`const pipeline: ChainableCommander = ...`), a cast of the start (`redis.pipeline() as Pipeline`),
   * the parameters of the functions it is passed to (batch-helpers.ts). GLIDE's `Batch` takes their place; a cast
   * is dropped.
   */
  readonly writtenTypes?: readonly ASTPath[];
}

/** The statements that queue a batch's commands at slots the code does not tell. */
export interface UnknownSlotQueuing {
  /** The statement declaring the batch variable. */
  readonly declaration: ASTPath;
  /** The batch variable's name. */
  readonly name: string;
  /**
   * Each statement that queues such commands, with the calls it queues in the order it queues them: a chain of
   * queued calls (`pipeline.hgetall(k);`), or the call of a function the batch is passed to, which queues the same
   * commands each time (`queueUser(pipeline, id);`).
   */
  readonly statements: readonly QueuingStatement[];
}

/** A statement that queues commands on a batch, and the queued calls (as they stand in the tree) it makes. */
export interface QueuingStatement {
  readonly statement: ASTPath;
  readonly commands: readonly ASTPath[];
}

/** A read of ioredis' `batch.length` (its member expression) and the number it reads there. */
export interface BatchLength {
  readonly path: ASTPath;
  readonly value: number;
}

/** A command queued on a batch as the analysis follows it, before it becomes a client call of its own. */
export interface QueuedCommand {
  readonly path: ASTPath<CallExpression>;
  readonly method: string;
  /** Queued in a loop or a branch: how many commands come before it is not known from the code. */
  readonly dynamic: boolean;
}

/** The commands of ioredis' array form as a chain of calls outside the tree (see `QueuedBatch.listed`). */
export interface ListedCommands {
  /** The outermost call of the chain, as the rules leave it. */
  readonly chain: ASTPath;
  /** The chain's innermost object, which stands for the batch. */
  readonly anchor: object;
}

/** The part a client call plays in a batch: the call that starts it, a queued command at its slot, or the send. */
export type BatchPart =
  | { readonly role: 'start'; readonly batch: QueuedBatch }
  /**
   * A queued command: `index` is its slot of the reply, unless a command before it (or it) is queued in a loop or a
   * branch; `callback` the function written in place as its node-style callback (ioredis pipelines), which the
   * batch rule calls from the command's slot of the reply.
   */
  | { readonly role: 'entry'; readonly batch: QueuedBatch; readonly index?: number; readonly callback?: object }
  /** A send: `size` is how many commands it sends (node-redis sends a multi again with those queued since). */
  | { readonly role: 'exec'; readonly batch: QueuedBatch; readonly size?: number };

/**
 * A Lua script the program defined on a client under a method name of its own: ioredis'
 * `redis.defineCommand('name', { numberOfKeys, lua })` (`definition` is that call) or its `new Redis({ scripts: {
 * name: { numberOfKeys, lua } } })` (the script's object), or node-redis'
 * `createClient({ scripts: { name: defineScript({ SCRIPT, NUMBER_OF_KEYS, parseCommand }) } })` (`definition` is
 * the script's object). The rule owning these calls reads the definition.
 */
export interface DefinedScript {
  readonly name: string;
  readonly definition: ASTPath;
}

export interface ClientCall {
  readonly binding: ClientBinding;
  readonly method: string;
  readonly path: ASTPath<CallExpression>;
  /**
   * How the reply is used; a node-style callback (`redis.get(k, (err, value) => ...)`) reads it, so such a call
   * counts as used even where its promise is thrown away.
   */
  readonly resultUse: ResultUse;
  /** The last argument when the syntax shows it is a function: a node-style callback. */
  readonly callback: ASTPath | undefined;
  readonly line: number;
  readonly column: number;
  /** Set on the calls that make up a batch; a queued command's receiver is the batch, not the client. */
  readonly batch?: BatchPart;
  /** The call runs a script the program defined on the same client under `method` (see `DefinedScript`). */
  readonly definedScript?: DefinedScript;
}

/** A source client's version, as installed or declared where a file runs (`engine/source-versions.ts`). */
export interface SourceVersion {
  /** The major version: the installed one, or the lowest a declared range allows. */
  readonly major: number;
  /** `4.7.1` as installed, or `^4.6.0` as declared. */
  readonly version: string;
  /** The package.json the version was read from, relative to the file's directory. */
  readonly source: string;
  readonly installed: boolean;
}

/** The source clients' versions a file runs with, where they can be found. */
export interface SourceVersions {
  readonly 'node-redis'?: SourceVersion;
}

export interface FileAnalysis {
  readonly moduleSystem: ModuleSystem;
  /** The source clients' versions where the file runs, where they could be found. */
  readonly sourceVersions: SourceVersions;
  readonly imports: readonly LibraryImport[];
  /**
   * Every client-library import of the file with its place, whichever library a run migrates: the rules that put
   * GLIDE's import beside them and remove the unused ones read them here rather than searching the changing tree.
   */
  readonly importSites: readonly LibraryImportSite[];
  readonly bindings: readonly ClientBinding[];
  readonly calls: readonly ClientCall[];
  readonly constructions: readonly ClientConstruction[];
}

/** What other modules of the project export: `exportName` → the client it holds, for cross-file bindings. */
export interface ExportedClient {
  readonly exportName: string;
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
  readonly shape: ClientShape;
}

/** Another module calls `exportName` of this one with a client as argument `index`. */
export interface ClientParameter {
  readonly exportName: string;
  readonly index: number;
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
  /** `promise` when any caller passes a client held as a promise (awaiting a client that is not one is harmless). */
  readonly shape: ClientShape;
}

/** A call in this module that passes a client to a function of another project module. */
export interface ClientArgument extends ClientParameter {
  readonly specifier: string;
}

export interface ProjectFacts {
  /** The clients exported by the module that `specifier`, imported from `fromFile`, resolves to. */
  clientsExportedBy(fromFile: string, specifier: string): readonly ExportedClient[];
  /** The parameters of `file`'s exported functions that other modules pass clients to. */
  clientParametersOf(file: string): readonly ClientParameter[];
}

export const NO_PROJECT_FACTS: ProjectFacts = { clientsExportedBy: () => [], clientParametersOf: () => [] };
