/**
 * The `partial` argument both migration tools take, described once.
 */
import { z } from 'zod';

export const PARTIAL_INPUT = z
  .boolean()
  .optional()
  .describe(
    'Also migrate clients some uses of which cannot be migrated, leaving a TODO(glide-codemod) at each such use; ' +
      'the result will not run until they are resolved. Default false: such a client is left exactly as written ' +
      'and the report names every use that keeps it there.',
  );
