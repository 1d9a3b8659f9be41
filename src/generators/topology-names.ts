/**
 * The GLIDE names that differ between topologies, as identifier holes for the module templates: the client class
 * (`GlideClient` / `GlideClusterClient`) and the batch class (`Batch` / `ClusterBatch`). Everything else the
 * patterns use (SET options, scripts with one key, INCR and PEXPIRE) is the same on both.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { Topology } from './define-generator.js';
import { templateSyntax as j } from './render-module.js';

const CLIENT_CLASS: Readonly<Record<Topology, string>> = { standalone: 'GlideClient', cluster: 'GlideClusterClient' };
const BATCH_CLASS: Readonly<Record<Topology, string>> = { standalone: 'Batch', cluster: 'ClusterBatch' };

export const clientClassHole = (topology: Topology): ExpressionKind => j.identifier(CLIENT_CLASS[topology]);
export const batchClassHole = (topology: Topology): ExpressionKind => j.identifier(BATCH_CLASS[topology]);
