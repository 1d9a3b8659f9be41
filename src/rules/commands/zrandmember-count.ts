/**
 * ZRANDMEMBER has three forms with three replies, and GLIDE a method for each: one member (`zrandmember(k)`, a
 * member or `null`), a count (`zrandmemberWithCount(k, n)`, members), and a count WITHSCORES
 * (`zrandmemberWithCountWithScores(k, n)`, which answers `[[member, score]]`). ioredis takes the forms as
 * `zrandmember(k [, n [, 'WITHSCORES']])` and answered the scored form as the flat `[member, scoreText, ...]`;
 * node-redis has `zRandMember`, `zRandMemberCount` and `zRandMemberCountWithScores`, the last answering
 * `[{ value, score }]`. Where the scored reply is read it is rebuilt in the source's shape; the others are the
 * same in all three clients.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule } from '../../engine/rewrite/rule.js';
import { migrateRandomPick, type RandomPick } from '../support/random-pick.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { scoreText } from '../support/score-text.js';

const PAIRED: RandomPick['paired'] = {
  ioredis: {
    typeScript: 'string[]',
    conversion: {
      singleUse: true,
      convert: (reply, { j }) =>
        new CodeTemplate().node(reply).text('.flatMap(([member, score]) => [member, ').node(scoreText(j, j.identifier('score'))).text('])').toExpression(j),
    },
  },
  'node-redis': {
    typeScript: '{ value: string; score: number }[]',
    conversion: {
      singleUse: true,
      convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(([value, score]) => ({ value, score }))').toExpression(j),
    },
  },
};

const PICK: RandomPick = { glide: { one: 'zrandmember', count: 'zrandmemberWithCount', paired: 'zrandmemberWithCountWithScores' }, word: 'WITHSCORES', pairedSuffixes: ['CountWithScores', '_COUNT_WITHSCORES'], paired: PAIRED };

export const zrandmemberCount = defineCallRule({
  id: 'zrandmember-count',
  phase: 'commands',
  summary: 'ZRANDMEMBER with a count, and WITHSCORES, become GLIDE’s zrandmemberWithCount / zrandmemberWithCountWithScores; scored replies keep the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zrandmember-count'),
  apply: (call, context) => migrateRandomPick(call, context, PICK),
});
