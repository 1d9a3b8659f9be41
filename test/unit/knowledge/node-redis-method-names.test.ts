import { expect } from 'chai';
import { nodeRedisMethodName } from '../../../src/knowledge/node-redis-method-names.js';

describe("node-redis' method names", function () {
  it('names an UPPERCASE alias by its camelCase method', function () {
    expect(nodeRedisMethodName('LPOP')).to.equal('lPop');
    expect(nodeRedisMethodName('ZRANGE_WITHSCORES')).to.equal('zRangeWithScores');
    expect(nodeRedisMethodName('MULTI')).to.equal('multi');
    expect(nodeRedisMethodName('EXEC')).to.equal('exec');
  });

  it('keeps every other name as written, the names objects inherit included', function () {
    expect(nodeRedisMethodName('lPop')).to.equal('lPop');
    expect(nodeRedisMethodName('Lpop')).to.equal('Lpop');
    expect(nodeRedisMethodName('toString')).to.equal('toString');
    expect(nodeRedisMethodName('constructor')).to.equal('constructor');
  });
});
