/** Server URLs: host, port, TLS and credentials read from the URL; the environment a program gets; bad URLs refused. */
import { expect } from 'chai';
import { ServerAddress } from '../../../src/verify/server-address.js';
import { InvalidServerUrlError } from '../../../src/verify/verify-errors.js';

describe('verify: server address', function () {
  it('reads host, port, TLS and credentials, and hands programs the URL as given', function () {
    const address = ServerAddress.parse('rediss://app:p%40ss@cache.internal:6380');
    expect([address.host, address.port, address.tls, address.username, address.password]).to.deep.equal(['cache.internal', 6380, true, 'app', 'p@ss']);
    expect(address.display).to.equal('cache.internal:6380');
    expect(address.environment()).to.deep.equal({
      VALKEY_HOST: 'cache.internal',
      VALKEY_PORT: '6380',
      REDIS_URL: 'rediss://app:p%40ss@cache.internal:6380',
      VALKEY_URL: 'rediss://app:p%40ss@cache.internal:6380',
    });
  });

  it('defaults the port, accepts valkey:// and IPv6 hosts', function () {
    expect(ServerAddress.parse('valkey://localhost').port).to.equal(6379);
    const ipv6 = ServerAddress.parse('redis://[::1]:7000');
    expect([ipv6.host, ipv6.display]).to.deep.equal(['::1', '[::1]:7000']);
  });

  it('refuses what is not a server URL, saying what is expected', function () {
    expect(() => ServerAddress.parse('localhost:6379')).to.throw(InvalidServerUrlError, 'unknown scheme localhost:');
    expect(() => ServerAddress.parse('not a url')).to.throw(InvalidServerUrlError, 'expected redis://host:port');
    expect(() => ServerAddress.parse('http://example.com')).to.throw(InvalidServerUrlError, 'unknown scheme http:');
  });
});
