/** Server URLs in messages never show their password, whether or not they parse. */
import { expect } from 'chai';
import { redactedUrl } from '../../../src/verify/redacted-url.js';
import { InvalidServerUrlError } from '../../../src/verify/verify-errors.js';

describe('redactedUrl', function () {
  it('hides a password, keeps the user, host, port and path', function () {
    expect(redactedUrl('redis://app:s3cret@cache.local:6380/0')).to.equal('redis://app:***@cache.local:6380/0');
    expect(redactedUrl('rediss://:s3cret@cache.local')).to.equal('rediss://:***@cache.local');
    expect(redactedUrl('redis://s3cret@cache.local')).to.equal('redis://***@cache.local');
    expect(redactedUrl('redis://a:b@c@host:1/x@y')).to.equal('redis://a:***@host:1/x@y');
  });

  it('leaves a URL without credentials, or text that is no URL, as it is', function () {
    expect(redactedUrl('redis://cache.local:6379')).to.equal('redis://cache.local:6379');
    expect(redactedUrl('cache.local:6379')).to.equal('cache.local:6379');
    expect(redactedUrl('redis://host/path@x')).to.equal('redis://host/path@x');
  });

  it('is what a bad --valkey-url error shows', function () {
    expect(new InvalidServerUrlError('redis://app:s3cret@', 'it names no host').message).to.not.include('s3cret');
  });
});
