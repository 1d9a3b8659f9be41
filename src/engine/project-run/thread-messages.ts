/** The envelopes of the protocol (protocol.ts) on a worker thread's port: requests by id, and their answers. */
import type { MigrateRequest, MigrationOutcome, PartitionSetup, RemigrateRequest, RoundRequest } from './protocol.js';

export type ThreadRequest =
  | { readonly id: number; readonly kind: 'setup'; readonly setup: PartitionSetup }
  /** The run is over: forget its files (the thread waits for another run). No answer. */
  | { readonly id: number; readonly kind: 'release' }
  | { readonly id: number; readonly kind: 'round'; readonly request: RoundRequest }
  | { readonly id: number; readonly kind: 'migrate'; readonly request: MigrateRequest }
  | { readonly id: number; readonly kind: 'remigrate'; readonly request: RemigrateRequest };

export type ThreadAnswer =
  | { readonly id: number; readonly kind: 'file'; readonly outcome: MigrationOutcome }
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string; readonly stack?: string };

/** A request as the run writes it, before it is given its id. */
export type ThreadRequestBody = ThreadRequest extends infer Request ? (Request extends unknown ? Omit<Request, 'id'> : never) : never;
