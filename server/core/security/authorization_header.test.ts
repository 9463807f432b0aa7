import { parseAuthorizationHeader } from './authorization_header';

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('parseAuthorizationHeader', () => {
  it('reads Basic credentials, keeping colons in the password', () => {
    expect(parseAuthorizationHeader(`Basic ${b64('alice:pa:ss')}`)).toEqual({ scheme: 'basic', username: 'alice', password: 'pa:ss' });
    expect(parseAuthorizationHeader(`basic ${b64('a.b@c-d_e:x')}`)).toMatchObject({ username: 'a.b@c-d_e' });
  });

  it('reads ApiKey credentials in Elasticsearch format', () => {
    expect(parseAuthorizationHeader(`ApiKey ${b64('abc_DEF-123:secret')}`)).toEqual({ scheme: 'apiKey', id: 'abc_DEF-123', key: 'secret' });
  });

  it.each([
    ['Bearer abc'],
    ['Basic'],
    ['Basic !!!notbase64'],
    [`Basic ${b64('nocolon')}`],
    [`Basic ${b64(':password')}`],
    [`Basic ${b64('alice:')}`],
    [`Basic ${b64('bad user:pw')}`],
    [`ApiKey ${b64('bad/id:key')}`],
    [''],
  ])('rejects %p with 401', (header) => {
    expect(() => parseAuthorizationHeader(header)).toThrow(expect.objectContaining({ statusCode: 401 }));
  });
});
