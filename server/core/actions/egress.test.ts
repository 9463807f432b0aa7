import { createEgressRules } from './egress';
import { EgressRefusedError } from './errors';

describe('xpack.actions.allowedHosts', () => {
  it('allows any host with *', () => {
    const rules = createEgressRules(['*']);
    expect(rules.isUrlAllowed('https://anything.example.com:8443/x')).toBe(true);
    expect(() => rules.assertHostAllowed('smtp.example.com')).not.toThrow();
  });

  it('matches hostnames exactly: no subdomains, ports ignored, case-insensitive', () => {
    const rules = createEgressRules(['jira.example.com']);
    expect(rules.isUrlAllowed('https://jira.example.com:8443/rest')).toBe(true);
    expect(rules.isUrlAllowed('https://JIRA.example.com/rest')).toBe(true);
    expect(rules.isUrlAllowed('https://evil.jira.example.com/rest')).toBe(false);
    expect(rules.isUrlAllowed('https://example.com/rest')).toBe(false);
    expect(rules.isUrlAllowed('http://127.0.0.1/')).toBe(false);
  });

  it("refuses with Kibana's messages, and refuses a URL that does not parse", () => {
    const rules = createEgressRules(['localhost']);
    expect(() => rules.assertUrlAllowed('http://127.0.0.1:9/x')).toThrow(new EgressRefusedError('target url "http://127.0.0.1:9/x" is not added to the Kibana config xpack.actions.allowedHosts'));
    expect(() => rules.assertHostAllowed('127.0.0.1')).toThrow('target hostname "127.0.0.1" is not added to the Kibana config xpack.actions.allowedHosts');
    expect(() => rules.assertUrlAllowed('not a url')).toThrow('target url "not a url" is not added');
    expect(rules.isUrlAllowed('not a url')).toBe(false);
    expect(() => createEgressRules(['*']).assertUrlAllowed('::nope')).toThrow(EgressRefusedError);
  });
});
