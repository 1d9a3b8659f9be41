/**
 * HRANDFIELD has three forms with three replies, and GLIDE a method for each: one field (`hrandfield(k)`, a field
 * or `null`), a count (`hrandfieldCount(k, n)`, fields), and a count WITHVALUES (`hrandfieldWithValues(k, n)`, which
 * answers `[[field, value]]`). ioredis takes the forms as `hrandfield(k [, n [, 'WITHVALUES']])` and answers the
 * last as the flat `[field, value, ...]`; node-redis has `hRandField`, `hRandFieldCount` and
 * `hRandFieldCountWithValues`, the last answering `[{ field, value }]`. Where the WITHVALUES reply is read it is
 * rebuilt in the source's shape; the others are the same in all three clients.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule } from '../../engine/rewrite/rule.js';
import { migrateRandomPick, type RandomPick } from '../support/random-pick.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';

const PAIRED: RandomPick['paired'] = {
  ioredis: {
    typeScript: 'string[]',
    conversion: { singleUse: true, convert: (reply, { j }) => new CodeTemplate().node(reply).text('.flat()').toExpression(j) },
  },
  'node-redis': {
    typeScript: '{ field: string; value: string }[]',
    conversion: { singleUse: true, convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(([field, value]) => ({ field, value }))').toExpression(j) },
  },
};

const PICK: RandomPick = { glide: { one: 'hrandfield', count: 'hrandfieldCount', paired: 'hrandfieldWithValues' }, word: 'WITHVALUES', pairedSuffixes: ['CountWithValues', '_COUNT_WITHVALUES'], paired: PAIRED };

export const hrandfieldCount = defineCallRule({
  id: 'hrandfield-count',
  phase: 'commands',
  summary: 'HRANDFIELD with a count, and WITHVALUES, become GLIDE’s hrandfieldCount / hrandfieldWithValues; the WITHVALUES reply keeps the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('hrandfield-count'),
  apply: (call, context) => migrateRandomPick(call, context, PICK),
});
