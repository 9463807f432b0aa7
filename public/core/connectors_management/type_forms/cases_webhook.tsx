import { EuiCode, EuiSteps, EuiText } from '@elastic/eui';
import { casesWebhookRequest, validateCasesWebhook } from './cases_webhook_checks';
import { ConfigSelect, ConfigSwitch, ConfigText, ConfigTextArea, ReenterSecretsNote, SecretText } from './fields';
import { HeadersEditor } from './headers_editor';
import { pushTestForm } from './push_test_params';
import { type ConnectorTypeForm, type TypeFormProps } from './types';

const methods = (...names: string[]) => names.map((name) => ({ value: name, text: name.toUpperCase() }));

/** The variables a template may use; values are JSON-encoded, so they go in without quotes. */
function Variables({ names }: { names: string[] }) {
  return (
    <EuiText size="xs">
      Variables:{' '}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 && ' '}
          <EuiCode>{`{{{${name}}}}`}</EuiCode>
        </span>
      ))}
      . Case values are inserted as JSON: write <EuiCode>{'"summary": {{{case.title}}}'}</EuiCode>, without quotes around the variable.
    </EuiText>
  );
}

const CASE_VARIABLES = ['case.title', 'case.description', 'case.tags', 'case.id', 'case.severity', 'case.status'];

function AuthStep({ form }: { form: TypeFormProps }) {
  const ssl = form.config.authType === 'webhook-authentication-ssl';
  return (
    <>
      <ConfigSwitch form={form} name="hasAuth" label="Require authentication for this webhook" />
      {form.config.hasAuth === true && (
        <>
          <ConfigSelect
            form={form}
            name="authType"
            label="Authentication"
            options={[
              { value: 'webhook-authentication-basic', text: 'Basic (username and password)' },
              { value: 'webhook-authentication-ssl', text: 'SSL (client certificate)' },
            ]}
          />
          <ReenterSecretsNote form={form} />
          {ssl ? (
            <>
              <ConfigSelect form={form} name="certType" label="Certificate format" options={[{ value: 'ssl-crt-key', text: 'CRT and KEY' }, { value: 'ssl-pfx', text: 'PFX' }]} />
              {form.config.certType === 'ssl-pfx' ? (
                <SecretText form={form} name="pfx" label="PFX file (base64)" multiline />
              ) : (
                <>
                  <SecretText form={form} name="crt" label="Certificate (base64)" multiline />
                  <SecretText form={form} name="key" label="Private key (base64)" multiline />
                </>
              )}
              <SecretText form={form} name="password" label="Passphrase (optional)" />
              <ConfigTextArea form={form} name="ca" label="CA certificate (base64, optional)" rows={3} />
              <ConfigSelect form={form} name="verificationMode" label="Verification mode" options={[{ value: '', text: 'Default' }, { value: 'full', text: 'Full' }, { value: 'certificate', text: 'Certificate' }, { value: 'none', text: 'None' }]} />
            </>
          ) : (
            <>
              <SecretText form={form} name="user" label="Username" plain />
              <SecretText form={form} name="password" label="Password" />
            </>
          )}
        </>
      )}
      <HeadersEditor headers={(form.config.headers as Record<string, string> | null) ?? null} readOnly={form.readOnly} onChange={(headers) => form.setConfig({ headers })} />
    </>
  );
}

function CreateStep({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigSelect form={form} name="createIncidentMethod" label="Create case method" options={methods('post', 'put')} />
      <ConfigText form={form} name="createIncidentUrl" label="Create case URL" placeholder="https://example.com/api/issues" />
      <ConfigTextArea form={form} name="createIncidentJson" label="Create case JSON" helpText={<Variables names={CASE_VARIABLES} />} placeholder={'{"fields": {"summary": {{{case.title}}}, "description": {{{case.description}}}}}'} />
      <ConfigText form={form} name="createIncidentResponseKey" label="Case ID key" helpText="The path of the new case's id in the create response, e.g. id or data.id." />
    </>
  );
}

function GetStep({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigSelect form={form} name="getIncidentMethod" label="Get case method" options={methods('get', 'post')} />
      <ConfigText form={form} name="getIncidentUrl" label="Get case URL" helpText={<Variables names={['external.system.id']} />} placeholder="https://example.com/api/issues/{{{external.system.id}}}" />
      {form.config.getIncidentMethod === 'post' && <ConfigTextArea form={form} name="getIncidentJson" label="Get case JSON" helpText={<Variables names={['external.system.id']} />} />}
      <ConfigText form={form} name="getIncidentResponseExternalTitleKey" label="External case title key" helpText="The path of the case's title or key in the get response, e.g. key." />
      <ConfigText form={form} name="viewIncidentUrl" label="External case view URL" helpText={<Variables names={['external.system.id', 'external.system.title']} />} placeholder="https://example.com/browse/{{{external.system.title}}}" />
    </>
  );
}

function UpdateStep({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigSelect form={form} name="updateIncidentMethod" label="Update case method" options={methods('put', 'patch', 'post')} />
      <ConfigText form={form} name="updateIncidentUrl" label="Update case URL" helpText={<Variables names={['external.system.id']} />} />
      <ConfigTextArea form={form} name="updateIncidentJson" label="Update case JSON" helpText={<Variables names={[...CASE_VARIABLES, 'external.system.id']} />} />
      <ConfigSelect form={form} name="createCommentMethod" label="Create comment method" options={methods('put', 'post', 'patch')} />
      <ConfigText form={form} name="createCommentUrl" label="Create comment URL (optional)" helpText={<Variables names={['external.system.id']} />} />
      <ConfigTextArea form={form} name="createCommentJson" label="Create comment JSON (optional)" helpText={<Variables names={['case.comment', 'external.system.id']} />} />
    </>
  );
}

/** Kibana's four steps, shown at once so nothing the server will check is out of sight. */
function CasesWebhookFields({ form }: { form: TypeFormProps }) {
  return (
    <EuiSteps
      titleSize="xs"
      steps={[
        { title: 'External system information', children: <AuthStep form={form} /> },
        { title: 'Create case', children: <CreateStep form={form} /> },
        { title: 'Get case information', children: <GetStep form={form} /> },
        { title: 'Update case and add comments', children: <UpdateStep form={form} /> },
      ]}
    />
  );
}

export const casesWebhookTypeForm: ConnectorTypeForm = {
  id: '.cases-webhook',
  iconType: 'logoWebhook',
  defaultConfig: () => ({
    hasAuth: true,
    authType: 'webhook-authentication-basic',
    headers: null,
    createIncidentMethod: 'post',
    createIncidentUrl: '',
    createIncidentJson: '',
    createIncidentResponseKey: '',
    getIncidentMethod: 'get',
    getIncidentUrl: '',
    getIncidentResponseExternalTitleKey: '',
    viewIncidentUrl: '',
    updateIncidentMethod: 'put',
    updateIncidentUrl: '',
    updateIncidentJson: '',
    createCommentMethod: 'put',
    createCommentUrl: '',
    createCommentJson: '',
  }),
  Fields: (props) => <CasesWebhookFields form={props} />,
  validate: validateCasesWebhook,
  toRequest: casesWebhookRequest,
  ...pushTestForm({ titleKey: 'title', titleLabel: 'Title', fields: [{ key: 'tags', label: 'Tags (comma-separated)', list: true }] }),
};
