import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { createHttpClient } from '../http_client';
import { createMockFetch } from '../test_helpers/mock_fetch';
import { createMockLocation } from '../test_helpers/render_with_core';
import { LoginPage } from './login_page';

function renderLogin(search: string, routes: Parameters<typeof createMockFetch>[0]) {
  const fetchMock = createMockFetch(routes);
  const location = createMockLocation(`/login${search}`);
  const http = createHttpClient({ spaceId: 'default', location, fetchImpl: fetchMock.fetchImpl, redirectOnUnauthorized: false });
  render(
    <EuiProvider colorMode="light">
      <LoginPage http={http} location={location} search={search} productName="Test Product" />
    </EuiProvider>,
  );
  return { fetchMock, location };
}

async function fillAndSubmitWithEnter(password = 'changeme') {
  const user = userEvent.setup();
  await user.type(screen.getByTestId('loginUsername'), 'elastic');
  await user.type(screen.getByTestId('loginPassword'), `${password}{Enter}`);
}

describe('LoginPage', () => {
  it('labels its fields for assistive technology', () => {
    renderLogin('', {});
    expect(screen.getByLabelText('Username')).toBe(screen.getByTestId('loginUsername'));
    expect(screen.getByLabelText('Password')).toBe(screen.getByTestId('loginPassword'));
  });

  it('logs in on Enter and follows the location the server answers', async () => {
    const { fetchMock, location } = renderLogin('?next=%2Fs%2Fsoc-eu%2Fapp%2Fcases', {
      'POST /internal/security/login': { body: { location: '/s/soc-eu/app/cases' } },
    });
    await fillAndSubmitWithEnter();
    await waitFor(() => expect(location.assign).toHaveBeenCalledWith('/s/soc-eu/app/cases'));
    expect(fetchMock.calls[0]).toMatchObject({
      method: 'POST',
      url: '/internal/security/login',
      headers: { 'kbn-xsrf': 'true' },
      body: {
        providerType: 'basic',
        providerName: 'basic',
        currentURL: 'http://localhost/login?next=%2Fs%2Fsoc-eu%2Fapp%2Fcases',
        params: { username: 'elastic', password: 'changeme' },
      },
    });
    // The page is about to unload: the button stays disabled rather than invite a second submit.
    expect(screen.getByTestId('loginSubmit')).toBeDisabled();
  });

  it('disables the form while the request is in flight', async () => {
    let answer: (value: { body: unknown }) => void = () => undefined;
    renderLogin('', { 'POST /internal/security/login': () => new Promise((resolve) => (answer = resolve)) });
    await fillAndSubmitWithEnter();
    expect(screen.getByTestId('loginSubmit')).toBeDisabled();
    expect(screen.getByTestId('loginUsername')).toBeDisabled();
    answer({ body: { location: '/app/cases' } });
  });

  it('shows an error on bad credentials and lets the user retry', async () => {
    const { location } = renderLogin('', {
      'POST /internal/security/login': { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: 'Unauthorized' } },
    });
    await fillAndSubmitWithEnter('wrong');
    expect(await screen.findByTestId('loginErrorMessage')).toHaveTextContent('Username or password is incorrect');
    expect(screen.getByTestId('loginSubmit')).toBeEnabled();
    expect(location.assign).not.toHaveBeenCalled();
  });

  it("shows the server's message when there were too many attempts", async () => {
    const message = 'Too many failed login attempts. Try again in 60 seconds.';
    renderLogin('', { 'POST /internal/security/login': { status: 429, body: { statusCode: 429, error: 'Too Many Requests', message } } });
    await fillAndSubmitWithEnter();
    expect(await screen.findByTestId('loginErrorMessage')).toHaveTextContent(message);
  });

  it('asks for missing fields without calling the server', async () => {
    const { fetchMock } = renderLogin('', {});
    await userEvent.setup().click(screen.getByTestId('loginSubmit'));
    expect(screen.getByText('Enter your username.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(fetchMock.calls).toHaveLength(0);
  });

  it('says the user has logged out when sent here by a logout', () => {
    renderLogin('?msg=LOGGED_OUT', {});
    expect(screen.getByTestId('loginLoggedOutMessage')).toHaveTextContent('You have logged out.');
  });

  it('shows no notice on a plain visit', () => {
    renderLogin('', {});
    expect(screen.queryByTestId('loginLoggedOutMessage')).not.toBeInTheDocument();
    expect(screen.queryByTestId('loginErrorMessage')).not.toBeInTheDocument();
  });
});

describe('LoginPage layout', () => {
  it('keeps the card at a fixed width, so an error message cannot widen it', () => {
    renderLogin('', {});
    const card = screen.getByTestId('loginUsername').closest('.euiPanel') as HTMLElement;
    // Computed from the Emotion rules jsdom applies: a fixed inline size, capped by the viewport.
    expect(getComputedStyle(card).inlineSize).toBe('400px');
    expect(getComputedStyle(card).maxInlineSize).toBe('100%');
  });
});
