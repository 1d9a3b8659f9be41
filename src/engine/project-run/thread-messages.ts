/** The envelopes of the protocol (protocol.ts) on a worker thread's port: requests by id, and their answers. */
import type { MigrateRequest, MigrationOutcome, RemigrateRequest, RoundRequest } from './protocol.js';

export type ThreadRequest =
  | { readonly id: number; readonly kind: 'round'; readonly request: RoundRequest }
  | { readonly id: number; readonly kind: 'migrate'; readonly request: MigrateRequest }
  | { readonly id: number; readonly kind: 'remigrate'; readonly request: RemigrateRequest };

export type ThreadAnswer =
  | { readonly id: number; readonly kind: 'file'; readonly outcome: MigrationOutcome }
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'failed'; readonly message: string; readonly stack?: string };
