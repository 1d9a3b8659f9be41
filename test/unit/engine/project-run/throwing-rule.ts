/** A rule with a defect (it throws on every ioredis `get`), for the worker tests. */
import { defineCallRule } from '../../../../src/engine/rewrite/rule.js';

export const THROWING_RULE = defineCallRule({
  id: 'throws-on-get',
  phase: 'commands',
  summary: 'a rule with a defect, for this test',
  clients: ['ioredis'],
  safety: 'exact',
  commands: { ioredis: ['get'] },
  apply() {
    throw new TypeError("Cannot read properties of undefined (reading 'indent')");
  },
});
