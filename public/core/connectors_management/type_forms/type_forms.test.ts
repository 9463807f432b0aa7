import { casesWebhookRequest, isJsonTemplate, validateCasesWebhook } from './cases_webhook_checks';
import { getTypeForm } from './registry';

const form = (id: string) => {
  const found = getTypeForm(id);
  if (!found) throw new Error(`no form for ${id}`);
  return found;
};

const WEBHOOK = {
  ...form('.cases-webhook').defaultConfig(),
  createIncidentUrl: 'https://tickets.example.com/api/issue',
  createIncidentJson: '{"fields": {"summary": {{{case.title}}}, "labels": {{{case.tags}}}}}',
  createIncidentResponseKey: 'id',
  getIncidentUrl: 'https://tickets.example.com/api/issue/{{{external.system.id}}}',
  getIncidentResponseExternalTitleKey: 'key',
  viewIncidentUrl: 'https://tickets.example.com/browse/{{{external.system.title}}}?id={{{external.system.id}}}',
  updateIncidentUrl: 'https://tickets.example.com/api/issue/{{{external.system.id}}}',
  updateIncidentJson: '{"fields": {"summary": {{{case.title}}}}}',
};

describe('connector type forms', () => {
  it('has a form for every type the issue names', () => {
    for (const id of ['.jira', '.resilient', '.servicenow', '.servicenow-sir', '.swimlane', '.thehive', '.cases-webhook', '.email', '.case']) {
      expect(getTypeForm(id)?.id).toBe(id);
    }
    expect(getTypeForm('.slack')).toBeUndefined();
  });

  it('creates ServiceNow connectors on the import set API, with only the chosen authentication', () => {
    const servicenow = form('.servicenow');
    expect(servicenow.defaultConfig()).toMatchObject({ usesTableApi: false, isOAuth: false });
    const basic = servicenow.toRequest!({ ...servicenow.defaultConfig(), apiUrl: 'https://sn.example.com', clientId: 'left over' }, { username: 'u', password: 'p', clientSecret: 'x' });
    expect(basic).toEqual({
      config: { apiUrl: 'https://sn.example.com', usesTableApi: false, isOAuth: false, clientId: null, userIdentifierValue: null, jwtKeyId: null },
      secrets: { username: 'u', password: 'p' },
    });
    const oauthErrors = servicenow.validate({ apiUrl: 'https://sn.example.com', isOAuth: true }, {});
    expect(Object.keys(oauthErrors).sort()).toEqual(['config.clientId', 'config.jwtKeyId', 'config.userIdentifierValue', 'secrets.clientSecret', 'secrets.privateKey']);
  });

  it('asks Swimlane for the mappings its record type needs and sends the others as null', () => {
    const swimlane = form('.swimlane');
    const config = { apiUrl: 'https://sl.example.com', appId: 'app', connectorType: 'cases', mappings: {} };
    expect(Object.keys(swimlane.validate(config, { apiToken: 't' })).sort()).toEqual([
      'config.mappings.caseIdConfig',
      'config.mappings.caseNameConfig',
      'config.mappings.commentsConfig',
      'config.mappings.descriptionConfig',
    ]);
    const field = { id: 'f1', key: 'case-id', name: 'Case ID', fieldType: 'text' };
    const sent = swimlane.toRequest!({ ...config, mappings: { caseIdConfig: field, ruleNameConfig: field } }, { apiToken: 't' });
    expect(sent.config.mappings).toEqual({
      caseIdConfig: field,
      caseNameConfig: null,
      descriptionConfig: null,
      ruleNameConfig: null,
      alertIdConfig: null,
      severityConfig: null,
      commentsConfig: null,
    });
  });

  it('checks webhook templates as JSON once their variables are filled', () => {
    expect(isJsonTemplate('{"summary": {{{case.title}}}, "tags": {{{case.tags}}}}')).toBe(true);
    expect(isJsonTemplate('{"summary": "{{{case.title}}}"}')).toBe(true);
    expect(isJsonTemplate('{"summary": {{{case.title}}}')).toBe(false);
    expect(validateCasesWebhook(WEBHOOK, { user: 'u', password: 'p' })).toEqual({});
    const errors = validateCasesWebhook(
      { ...WEBHOOK, createIncidentJson: '{"summary": {{{case.description}}}}', getIncidentUrl: 'https://tickets.example.com/api/issue', createCommentUrl: 'ftp://x' },
      {},
    );
    expect(errors).toEqual({
      'secrets.user': 'Username is required.',
      'secrets.password': 'Password is required.',
      'config.createIncidentJson': 'Create case JSON must contain {{{case.title}}}.',
      'config.getIncidentUrl': 'Get case URL must contain {{{external.system.id}}}.',
      'config.createCommentUrl': 'Create comment URL must be a valid http or https URL.',
      'config.createCommentJson': 'Create comment JSON is required.',
    });
  });

  it('sends a webhook without comments or authentication with nulls and no secrets', () => {
    const { config, secrets } = casesWebhookRequest({ ...WEBHOOK, hasAuth: false }, { user: 'stale' });
    expect(secrets).toEqual({});
    expect(config).toMatchObject({ hasAuth: false, authType: null, headers: null, createCommentUrl: null, createCommentJson: null, getIncidentJson: null });
    expect(config).not.toHaveProperty('certType');
    const ssl = casesWebhookRequest({ ...WEBHOOK, authType: 'webhook-authentication-ssl', certType: 'ssl-pfx', headers: { 'X-Team': 'soc' } }, { pfx: 'cGZ4', crt: 'old' });
    expect(ssl.secrets).toEqual({ pfx: 'cGZ4' });
    expect(ssl.config).toMatchObject({ authType: 'webhook-authentication-ssl', certType: 'ssl-pfx', headers: { 'X-Team': 'soc' } });
  });

  it('turns an empty TheHive organisation into null and requires an email sender', () => {
    expect(form('.thehive').toRequest!({ url: 'https://hive.example.com', organisation: ' ' }, { apiKey: 'k' }).config.organisation).toBeNull();
    const email = form('.email');
    expect(email.validate({ service: 'other', from: 'nope', host: '', port: null, hasAuth: false }, {})).toEqual({
      'config.from': 'Sender must be an email address.',
      'config.host': 'Host is required.',
      'config.port': 'Port must be a number from 1 to 65535.',
    });
    expect(email.validate({ service: 'gmail', from: 'soc@example.com', hasAuth: true }, { user: 'u', password: 'p' })).toEqual({});
  });
});
