import { isValidUrl, requireFields } from './fields';
import { type FieldErrors } from './types';

/**
 * The webhook connector's checks, as Kibana's form makes them: every URL parses (mustache
 * variables count as text), every JSON template is JSON once its variables are filled, and the
 * requests name the variables they cannot work without.
 */

type Values = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Values are JSON-encoded when rendered (`"summary": {{{case.title}}}`), so `null` stands in for any of them. */
export function isJsonTemplate(template: string): boolean {
  try {
    JSON.parse(template.replace(/\{\{\{?\s*[^{}]+?\s*\}?\}\}/g, 'null'));
    return true;
  } catch {
    return false;
  }
}

const mentions = (template: string, variable: string) => new RegExp(`\\{\\{\\{?\\s*${variable.replace('.', '\\.')}\\s*\\}?\\}\\}`).test(template);

function checkUrl(errors: FieldErrors, config: Values, key: string, label: string, variable?: string) {
  const value = text(config[key]);
  if (!value) errors[`config.${key}`] = `${label} is required.`;
  else if (!isValidUrl(value)) errors[`config.${key}`] = `${label} must be a valid http or https URL.`;
  else if (variable && !mentions(value, variable)) errors[`config.${key}`] = `${label} must contain {{{${variable}}}}.`;
}

function checkJson(errors: FieldErrors, config: Values, key: string, label: string, variable?: string) {
  const value = text(config[key]);
  if (!value) errors[`config.${key}`] = `${label} is required.`;
  else if (!isJsonTemplate(value)) errors[`config.${key}`] = `${label} must be valid JSON.`;
  else if (variable && !mentions(value, variable)) errors[`config.${key}`] = `${label} must contain {{{${variable}}}}.`;
}

function checkAuth(errors: FieldErrors, config: Values, secrets: Values) {
  if (config.hasAuth !== true) return;
  if (config.authType === 'webhook-authentication-ssl') {
    if (config.certType === 'ssl-pfx') requireFields(errors, 'secrets', secrets, { pfx: 'PFX file (base64)' });
    else requireFields(errors, 'secrets', secrets, { crt: 'Certificate (base64)', key: 'Private key (base64)' });
  } else {
    requireFields(errors, 'secrets', secrets, { user: 'Username', password: 'Password' });
  }
}

export function validateCasesWebhook(config: Values, secrets: Values): FieldErrors {
  const errors: FieldErrors = {};
  checkAuth(errors, config, secrets);
  checkUrl(errors, config, 'createIncidentUrl', 'Create case URL');
  checkJson(errors, config, 'createIncidentJson', 'Create case JSON', 'case.title');
  requireFields(errors, 'config', config, { createIncidentResponseKey: 'Case ID key', getIncidentResponseExternalTitleKey: 'External case title key' });
  checkUrl(errors, config, 'getIncidentUrl', 'Get case URL', 'external.system.id');
  if (config.getIncidentMethod === 'post') checkJson(errors, config, 'getIncidentJson', 'Get case JSON');
  checkUrl(errors, config, 'viewIncidentUrl', 'View case URL', 'external.system.id');
  checkUrl(errors, config, 'updateIncidentUrl', 'Update case URL', 'external.system.id');
  checkJson(errors, config, 'updateIncidentJson', 'Update case JSON', 'case.title');
  // Comments are optional: the connector skips them unless both the URL and the JSON are set.
  if (text(config.createCommentUrl) || text(config.createCommentJson)) {
    checkUrl(errors, config, 'createCommentUrl', 'Create comment URL', 'external.system.id');
    checkJson(errors, config, 'createCommentJson', 'Create comment JSON', 'case.comment');
  }
  return errors;
}

const orNull = (value: unknown) => (text(value) ? value : null);

/** Optional keys empty → null or absent, and only the chosen authentication's secrets. */
export function casesWebhookRequest(config: Values, secrets: Values) {
  const hasAuth = config.hasAuth === true;
  const authType = hasAuth ? (config.authType ?? 'webhook-authentication-basic') : null;
  const ssl = authType === 'webhook-authentication-ssl';
  const certType = ssl ? (config.certType ?? 'ssl-crt-key') : null;
  const headers = (config.headers as Record<string, string> | null | undefined) ?? null;
  const chosenSecrets: Values = !hasAuth
    ? {}
    : !ssl
      ? { user: secrets.user, password: secrets.password }
      : {
          ...(certType === 'ssl-pfx' ? { pfx: secrets.pfx } : { crt: secrets.crt, key: secrets.key }),
          ...(text(secrets.password) ? { password: secrets.password } : {}),
        };
  const { ca, verificationMode, certType: _certType, ...rest } = config;
  return {
    config: {
      ...rest,
      getIncidentJson: config.getIncidentMethod === 'post' ? orNull(config.getIncidentJson) : null,
      createCommentUrl: orNull(config.createCommentUrl),
      createCommentJson: orNull(config.createCommentJson),
      headers: headers && Object.keys(headers).length > 0 ? headers : null,
      hasAuth,
      authType,
      // Optional but not nullable on the server: absent unless SSL is chosen.
      ...(certType ? { certType } : {}),
      ...(ssl && text(ca) ? { ca } : {}),
      ...(ssl && text(verificationMode) ? { verificationMode } : {}),
    },
    secrets: chosenSecrets,
  };
}
