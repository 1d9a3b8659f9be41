/**
 * The entry module of a project run's worker thread: it builds the registry's rules, as the library entry does,
 * and serves its share of the run's files (see engine/project-run/).
 */
import { servePartition } from './engine/project-run/serve-partition.js';
import { RULES } from './rules/registry.js';

servePartition(RULES);
