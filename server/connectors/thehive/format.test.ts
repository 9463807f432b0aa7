import { pushCase } from '../__fixtures__/push_case';
import { theHiveFormat } from './format';

describe('TheHive push format', () => {
  it('sends the TLP, the severity on TheHive’s scale and the tags', () => {
    expect(theHiveFormat.mapping).toEqual({ title: 'title', description: 'description', tags: 'tags', comments: 'comments' });
    expect(theHiveFormat.format(pushCase({ type: '.thehive', fields: { tlp: 3 } }), [])).toEqual({ tlp: 3, severity: 3, tags: ['auth', 'brute force'] });
  });

  it.each([
    ['low', 1],
    ['medium', 2],
    ['high', 3],
    ['critical', 4],
  ] as const)('severity %s → %d', (severity, expected) => {
    expect(theHiveFormat.format(pushCase({ type: '.thehive', fields: null }, { severity }), []).severity).toBe(expected);
  });

  it('reads a TLP stored as a numeric string, and nothing else', () => {
    expect(theHiveFormat.format(pushCase({ type: '.thehive', fields: { tlp: '2' } as never }), []).tlp).toBe(2);
    expect(theHiveFormat.format(pushCase({ type: '.thehive', fields: { tlp: 'red' } as never }), []).tlp).toBeNull();
  });

  it('needs a push after a status or severity change', () => {
    expect(theHiveFormat.extraRelevantUserActions).toEqual(['status', 'severity']);
  });
});
