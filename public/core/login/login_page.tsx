import { type FormEvent, useState } from 'react';
import {
  EuiButton,
  EuiCallOut,
  EuiFieldPassword,
  EuiFieldText,
  EuiForm,
  EuiFormRow,
  EuiIcon,
  EuiPageTemplate,
  EuiPanel,
  EuiSpacer,
  EuiTitle,
} from '@elastic/eui';
import { css } from '@emotion/react';
import { type BrowserLocation, toSafeLocalPath } from '../browser_location';
import { type HttpClient } from '../http_client';
import { getLoginErrorMessage, LOGIN_PAGE_MESSAGES } from './login_messages';

// A fixed width, not "up to": the centred section shrinks to its content, so a percentage
// would let a long error message widen the card while the user reads it.
const panelCss = css`
  inline-size: 400px;
  max-inline-size: 100%;
`;

export interface LoginPageProps {
  http: HttpClient;
  location: BrowserLocation;
  /** `window.location.search` of the login page: carries `next` and `msg`. */
  search: string;
  /** The host's product name, for the heading. */
  productName: string;
}

interface FieldErrors {
  username?: string;
  password?: string;
}

export function LoginPage({ http, location, search, productName }: LoginPageProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const notice = LOGIN_PAGE_MESSAGES[new URLSearchParams(search).get('msg') ?? ''];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (isSubmitting) return;
    const errors: FieldErrors = {
      username: username.trim() ? undefined : 'Enter your username.',
      password: password ? undefined : 'Enter your password.',
    };
    setFieldErrors(errors);
    if (errors.username || errors.password) return;

    setIsSubmitting(true);
    setError(undefined);
    try {
      const response = await http.post<{ location?: string }>('/internal/security/login', {
        spaceScoped: false,
        redirectOnUnauthorized: false,
        body: {
          providerType: 'basic',
          providerName: 'basic',
          // The server reads `next` from here to decide where the user lands.
          currentURL: location.getHref(),
          params: { username, password },
        },
      });
      // A full page load: the session cookie is new and the shell starts from scratch with it.
      location.assign(toSafeLocalPath(response?.location, window.location.origin, '/'));
    } catch (caught) {
      setError(getLoginErrorMessage(caught));
      setIsSubmitting(false);
    }
  }

  return (
    <EuiPageTemplate panelled={false} grow data-test-subj="loginPage">
      <EuiPageTemplate.Section alignment="center" grow>
        <EuiPanel paddingSize="l" hasShadow css={panelCss}>
          <EuiIcon type="logoSecurity" size="xxl" aria-hidden />
          <EuiSpacer size="m" />
          <EuiTitle size="m">
            <h1>Log in to {productName}</h1>
          </EuiTitle>
          <EuiSpacer size="l" />
          {notice && !error ? (
            <>
              <EuiCallOut announceOnMount size="s" iconType="info" title={notice.text} data-test-subj={notice.testSubj} />
              <EuiSpacer size="m" />
            </>
          ) : null}
          {error ? (
            <>
              <EuiCallOut announceOnMount size="s" color="danger" iconType="error" title={error} role="alert" data-test-subj="loginErrorMessage" />
              <EuiSpacer size="m" />
            </>
          ) : null}
          <EuiForm component="form" onSubmit={onSubmit} noValidate data-test-subj="loginForm">
            <EuiFormRow id="loginUsernameField" label="Username" isInvalid={!!fieldErrors.username} error={fieldErrors.username} fullWidth>
              <EuiFieldText
                name="username"
                autoComplete="username"
                autoFocus
                fullWidth
                value={username}
                isInvalid={!!fieldErrors.username}
                disabled={isSubmitting}
                onChange={(event) => setUsername(event.target.value)}
                data-test-subj="loginUsername"
              />
            </EuiFormRow>
            <EuiFormRow id="loginPasswordField" label="Password" isInvalid={!!fieldErrors.password} error={fieldErrors.password} fullWidth>
              <EuiFieldPassword
                name="password"
                type="dual"
                autoComplete="current-password"
                fullWidth
                value={password}
                isInvalid={!!fieldErrors.password}
                disabled={isSubmitting}
                onChange={(event) => setPassword(event.target.value)}
                data-test-subj="loginPassword"
              />
            </EuiFormRow>
            <EuiSpacer size="l" />
            <EuiButton type="submit" fill fullWidth isLoading={isSubmitting} isDisabled={isSubmitting} data-test-subj="loginSubmit">
              Log in
            </EuiButton>
          </EuiForm>
        </EuiPanel>
      </EuiPageTemplate.Section>
    </EuiPageTemplate>
  );
}
