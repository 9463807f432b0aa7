import { pushCase } from '../__fixtures__/push_case';
import { casesWebhookFormat } from './format';

describe('case webhook push format', () => {
  it('has no mapping: the templates place the raw values', () => {
    expect(casesWebhookFormat.mapping).toBeUndefined();
    expect(casesWebhookFormat.format(pushCase({ type: '.cases-webhook', fields: null }), [])).toEqual({
      title: 'Suspicious login',
      description: 'Many failed logins',
      tags: ['auth', 'brute force'],
      id: 'case-1',
      severity: 'high',
      status: 'open',
    });
  });

  it('needs a push after a status or severity change', () => {
    expect(casesWebhookFormat.extraRelevantUserActions).toEqual(['status', 'severity']);
  });
});
