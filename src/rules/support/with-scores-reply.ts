import type { ReplyConversion } from '../../engine/rewrite/rule.js';
/**
 * Members with their scores, as the source client returned them, rebuilt from GLIDE's `[{ element, score }]`
 * (ZRANGE ... WITHSCORES, ZPOPMIN, ZPOPMAX). ioredis returned the server's flat array, `["a", "1", "b", "inf"]`,
 * with each score as the server's text; node-redis returns `[{ value: "a", score: 1 }]`, scores as numbers.
 */
import type { SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { scoreText } from './score-text.js';

export interface WithScoresReply {
  readonly conversion: ReplyConversion;
  /** The source client's reply type, for the TypeScript cast (GLIDE's elements are `string | Buffer`). */
  readonly typeScript: string;
}

export function withScoresReply(library: SourceLibrary): WithScoresReply {
  if (library === 'ioredis') {
    return {
      typeScript: 'string[]',
      conversion: {
        singleUse: true,
        convert: (reply, { j }) =>
          new CodeTemplate().node(reply).text('.flatMap(({ element, score }) => [element, ')
            .node(scoreText(j, j.identifier('score'))).text('])').toExpression(j),
      },
    };
  }
  return {
    typeScript: '{ value: string; score: number }[]',
    conversion: {
      singleUse: true,
      convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(({ element, score }) => ({ value: element, score }))').toExpression(j),
    },
  };
}
