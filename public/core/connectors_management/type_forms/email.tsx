import { EuiFieldText, EuiFormRow, EuiTextArea } from '@elastic/eui';
import { ConfigNumber, ConfigSelect, ConfigSwitch, ConfigText, FieldGroup, ReenterSecretsNote, requireFields, SecretText } from './fields';
import { type ConnectorTypeForm, type FieldErrors, type TestParamsProps, type TypeFormProps } from './types';

const SERVICES = [
  { value: 'other', text: 'Other (SMTP server)' },
  { value: 'gmail', text: 'Gmail' },
  { value: 'outlook365', text: 'Outlook' },
  { value: 'ses', text: 'Amazon SES' },
];

// Kibana's check of an address, loose on purpose: the SMTP server is the judge.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function EmailFields({ form }: { form: TypeFormProps }) {
  const custom = form.config.service === 'other';
  return (
    <>
      <ConfigSelect form={form} name="service" label="Service" options={SERVICES} />
      <ConfigText form={form} name="from" label="Sender" placeholder="cases@example.com" />
      {custom && (
        <>
          <ConfigText form={form} name="host" label="Host" />
          <ConfigNumber form={form} name="port" label="Port" />
          <ConfigSwitch form={form} name="secure" label="Secure" helpText="Connect with TLS from the start (port 465); otherwise STARTTLS is used when the server offers it." />
        </>
      )}
      <ConfigSwitch form={form} name="hasAuth" label="Require authentication for this server" />
      {form.config.hasAuth === true && (
        <FieldGroup title="Authentication">
          <ReenterSecretsNote form={form} />
          <SecretText form={form} name="user" label="Username" plain />
          <SecretText form={form} name="password" label="Password" />
        </FieldGroup>
      )}
    </>
  );
}

function validate(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const errors: FieldErrors = {};
  if (typeof config.from !== 'string' || !EMAIL.test(config.from.trim())) errors['config.from'] = 'Sender must be an email address.';
  if (config.service === 'other') {
    requireFields(errors, 'config', config, { host: 'Host' });
    const port = config.port;
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) errors['config.port'] = 'Port must be a number from 1 to 65535.';
  }
  if (config.hasAuth === true) requireFields(errors, 'secrets', secrets, { user: 'Username', password: 'Password' });
  return errors;
}

/** A well-known service brings its own host and port; without authentication no secrets go out. */
function toRequest(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const custom = config.service === 'other';
  return {
    config: {
      service: config.service,
      from: config.from,
      host: custom ? config.host : null,
      port: custom ? config.port : null,
      secure: custom ? config.secure === true : null,
      hasAuth: config.hasAuth === true,
    },
    secrets: config.hasAuth === true ? { user: secrets.user, password: secrets.password } : {},
  };
}

const list = (text: string) => text.split(',').map((item) => item.trim()).filter(Boolean);
const asText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '');

/** Keeps the recipients as typed; the params hold the parsed list. */
function EmailTestParams({ params, onChange }: TestParamsProps) {
  const set = (patch: Record<string, unknown>) => onChange({ ...params, ...patch });
  return (
    <>
      <EuiFormRow label="To (comma-separated)" fullWidth>
        <EuiFieldText fullWidth defaultValue={asText(params.to)} onChange={(event) => set({ to: list(event.target.value) })} data-test-subj="connector-test-to" />
      </EuiFormRow>
      <EuiFormRow label="Subject" fullWidth>
        <EuiFieldText fullWidth value={asText(params.subject)} onChange={(event) => set({ subject: event.target.value })} data-test-subj="connector-test-subject" />
      </EuiFormRow>
      <EuiFormRow label="Message" fullWidth>
        <EuiTextArea fullWidth rows={4} value={asText(params.message)} onChange={(event) => set({ message: event.target.value })} data-test-subj="connector-test-message" />
      </EuiFormRow>
    </>
  );
}

export const emailTypeForm: ConnectorTypeForm = {
  id: '.email',
  iconType: 'mail',
  defaultConfig: () => ({ service: 'other', from: '', host: '', port: null, secure: false, hasAuth: true }),
  Fields: (props) => <EmailFields form={props} />,
  validate,
  toRequest,
  defaultTestParams: () => ({ to: [], cc: [], bcc: [], subject: '', message: '' }),
  TestParams: EmailTestParams,
  validateTestParams(params) {
    const to = Array.isArray(params.to) ? (params.to as string[]) : [];
    if (to.length === 0) return 'At least one recipient is required.';
    if (to.some((address) => !EMAIL.test(address))) return 'Every recipient must be an email address.';
    if (!asText(params.subject).trim()) return 'Subject is required.';
    if (!asText(params.message).trim()) return 'Message is required.';
    return null;
  },
};
