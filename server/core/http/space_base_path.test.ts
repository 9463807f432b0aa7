import type { IncomingMessage } from 'node:http';
import { addSpacePrefix, spaceIdOf, stripSpacePrefix } from './space_base_path';

const raw = (url: string) => ({ url }) as IncomingMessage;

describe('space base path', () => {
  it.each([
    ['/api/cases', '/api/cases', 'default'],
    ['/s/marketing/api/cases?x=1', '/api/cases?x=1', 'marketing'],
    ['/s/marketing', '/', 'marketing'],
    ['/s/marketing/', '/', 'marketing'],
    ['/s/marketing?x=1', '/?x=1', 'marketing'],
    ['/s/Bad/api/cases', '/s/Bad/api/cases', 'default'],
    [`/s/${'a'.repeat(37)}/x`, `/s/${'a'.repeat(37)}/x`, 'default'],
    ['/sx/marketing/api', '/sx/marketing/api', 'default'],
    ['/s/marketingx', '/', 'marketingx'],
  ])('%s → %s in %s', (url, rewritten, spaceId) => {
    const request = raw(url);
    expect(stripSpacePrefix(request)).toBe(rewritten);
    expect(spaceIdOf(request)).toBe(spaceId);
  });

  it('adds the prefix outside the default space only', () => {
    expect(addSpacePrefix('default', '/app/cases')).toBe('/app/cases');
    expect(addSpacePrefix('ops', '/app/cases')).toBe('/s/ops/app/cases');
  });
});
