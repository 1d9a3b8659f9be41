/**
 * Which ioredis methods reshape the server's reply (proven for zpopmin / hgetall / WITHSCORES against a server by
 * the raw-commands and batch-results fixtures): the answer depends on the words given, and is unknown where a
 * word that would decide it is computed at run time.
 */
import { expect } from 'chai';
import { ioredisReshapesReply } from '../../../src/knowledge/ioredis-reshaped-replies.js';

describe('knowledge: replies ioredis reshapes', function () {
  it('hgetall always, its Buffer twin too', function () {
    expect(ioredisReshapesReply('hgetall', ['H'])).to.equal(true);
    expect(ioredisReshapesReply('hgetallBuffer', ['H'])).to.equal(true);
  });

  it('the WITHSCORES / WITHVALUES forms only with the word, unknown when a word is computed', function () {
    expect(ioredisReshapesReply('zrange', ['Z', '0', '-1', 'WITHSCORES'])).to.equal(true);
    expect(ioredisReshapesReply('zrange', ['Z', '0', '-1'])).to.equal(false);
    expect(ioredisReshapesReply('zrange', ['Z', '0', undefined])).to.equal(undefined);
    expect(ioredisReshapesReply('hrandfield', ['H', '1', 'WITHVALUES'])).to.equal(true);
  });

  it('ZPOPMIN / ZPOPMAX with a count, and no other command', function () {
    expect(ioredisReshapesReply('zpopmin', ['Z', '2'])).to.equal(true);
    expect(ioredisReshapesReply('zpopmax', ['Z'])).to.equal(false);
    expect(ioredisReshapesReply('get', ['K'])).to.equal(false);
  });
});
