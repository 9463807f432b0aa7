import { ConfigSwitch, ConfigText, FieldGroup, ReenterSecretsNote, requireFields, requireUrl, SecretText } from './fields';
import { pushTestForm, type PushTestField } from './push_test_params';
import { type ConnectorTypeForm, type FieldErrors, type TypeFormProps } from './types';

const LEVELS = [
  { value: '1', text: '1 - High' },
  { value: '2', text: '2 - Medium' },
  { value: '3', text: '3 - Low' },
];

function ServiceNowFields({ form }: { form: TypeFormProps }) {
  const isOAuth = form.config.isOAuth === true;
  return (
    <>
      <ConfigText
        form={form}
        name="apiUrl"
        label="ServiceNow instance URL"
        placeholder="https://example.service-now.com"
        helpText="The Elastic ServiceNow app must be installed on the instance, unless the table API is used."
      />
      <ConfigSwitch
        form={form}
        name="usesTableApi"
        label="Use the table API (deprecated)"
        helpText="New connectors use the Elastic app's import set API; the table API is kept for older connectors."
      />
      <ConfigSwitch form={form} name="isOAuth" label="Use OAuth authentication" />
      <FieldGroup title="Authentication">
        {isOAuth && (
          <>
            <ConfigText form={form} name="clientId" label="Client ID" />
            <ConfigText form={form} name="userIdentifierValue" label="User identifier" helpText="The value of the user field the JWT identifies, such as the user's email." />
            <ConfigText form={form} name="jwtKeyId" label="JWT verifier key ID" />
          </>
        )}
        <ReenterSecretsNote form={form} />
        {isOAuth ? (
          <>
            <SecretText form={form} name="clientSecret" label="Client secret" />
            <SecretText form={form} name="privateKey" label="Private key" multiline />
            <SecretText form={form} name="privateKeyPassword" label="Private key password (optional)" />
          </>
        ) : (
          <>
            <SecretText form={form} name="username" label="Username" plain />
            <SecretText form={form} name="password" label="Password" />
          </>
        )}
      </FieldGroup>
    </>
  );
}

function validate(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const errors: FieldErrors = {};
  requireUrl(errors, 'config', config, 'apiUrl', 'ServiceNow instance URL');
  if (config.isOAuth === true) {
    requireFields(errors, 'config', config, { clientId: 'Client ID', userIdentifierValue: 'User identifier', jwtKeyId: 'JWT verifier key ID' });
    requireFields(errors, 'secrets', secrets, { clientSecret: 'Client secret', privateKey: 'Private key' });
  } else {
    requireFields(errors, 'secrets', secrets, { username: 'Username', password: 'Password' });
  }
  return errors;
}

/** Only the chosen authentication's keys go out: the server's schema is strict. */
function toRequest(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const isOAuth = config.isOAuth === true;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null);
  const oauthConfig = isOAuth
    ? { clientId: text(config.clientId), userIdentifierValue: text(config.userIdentifierValue), jwtKeyId: text(config.jwtKeyId) }
    : { clientId: null, userIdentifierValue: null, jwtKeyId: null };
  const chosenSecrets = isOAuth
    ? { clientSecret: secrets.clientSecret, privateKey: secrets.privateKey, ...(text(secrets.privateKeyPassword) ? { privateKeyPassword: secrets.privateKeyPassword } : {}) }
    : { username: secrets.username, password: secrets.password };
  return { config: { apiUrl: config.apiUrl, usesTableApi: config.usesTableApi === true, isOAuth, ...oauthConfig }, secrets: chosenSecrets };
}

function serviceNowForm(id: string, iconType: string, fields: PushTestField[]): ConnectorTypeForm {
  return {
    id,
    iconType,
    // Kibana's UI creates connectors on the import set API: usesTableApi false.
    defaultConfig: () => ({ apiUrl: '', usesTableApi: false, isOAuth: false }),
    Fields: (props) => <ServiceNowFields form={props} />,
    validate,
    toRequest,
    ...pushTestForm({ titleKey: 'short_description', titleLabel: 'Short description', fields }),
  };
}

export const serviceNowItsmTypeForm = serviceNowForm('.servicenow', 'plugs', [
  { key: 'urgency', label: 'Urgency', options: LEVELS },
  { key: 'severity', label: 'Severity', options: LEVELS },
  { key: 'impact', label: 'Impact', options: LEVELS },
]);

export const serviceNowSirTypeForm = serviceNowForm('.servicenow-sir', 'plugs', [{ key: 'priority', label: 'Priority', options: LEVELS }]);
