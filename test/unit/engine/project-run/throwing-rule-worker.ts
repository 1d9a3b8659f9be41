/** A worker thread entry for project-workers.test.ts: the registry's rules behind one with a defect. */
import { servePartition } from '../../../../src/engine/project-run/serve-partition.js';
import { RULES } from '../../../../src/rules/registry.js';
import { THROWING_RULE } from './throwing-rule.js';

servePartition([THROWING_RULE, ...RULES]);
