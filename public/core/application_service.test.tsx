import { act, screen, waitFor, render } from '@testing-library/react';
import { createApplicationService, type App } from './application_service';
import { Shell } from './chrome/shell';
import { createShellHistory } from './shell_history';
import { createTestCore, createTestQueryClient, DEFAULT_SPACE, ELASTIC_USER, SOC_SPACE } from './test_helpers/render_with_core';

function fakeApp(id: string, title: string) {
  const unmount = jest.fn();
  const mount = jest.fn<ReturnType<App['mount']>, Parameters<App['mount']>>(async ({ element }) => {
    element.innerHTML = `<p data-test-subj="${id}Content">${title} content</p>`;
    return unmount;
  });
  return { app: { id, title, mount } satisfies App, mount, unmount };
}

function renderShell(path: string, spaceId = 'default') {
  window.history.replaceState(null, '', path);
  const { core, location } = createTestCore({
    spaceId,
    routes: {
      'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE] },
      [`GET ${spaceId === 'default' ? '' : `/s/${spaceId}`}/internal/spaces/_active_space`]: { body: spaceId === 'default' ? DEFAULT_SPACE : SOC_SPACE },
      'GET /internal/security/me': { body: ELASTIC_USER },
    },
  });
  const history = createShellHistory(spaceId, location);
  core.navigateToUrl = history.navigateToUrl;
  core.navigateToApp = history.navigateToApp;
  const application = createApplicationService();
  const alpha = fakeApp('alpha', 'Alpha');
  const beta = fakeApp('beta', 'Beta');
  application.register(alpha.app);
  application.register(beta.app);
  const view = render(<Shell core={core} application={application} history={history} queryClient={createTestQueryClient()} />);
  return { view, core, history, alpha, beta, location };
}

describe('application service', () => {
  it('rejects duplicate and malformed ids and orders apps', () => {
    const service = createApplicationService();
    const mount = () => () => undefined;
    service.register({ id: 'b', title: 'B', order: 2, mount });
    service.register({ id: 'a', title: 'A', order: 1, mount });
    expect(() => service.register({ id: 'a', title: 'Again', mount })).toThrow(/already registered/);
    expect(() => service.register({ id: 'Bad Id', title: 'Bad', mount })).toThrow(/Invalid app id/);
    expect(service.getApps().map((app) => app.id)).toEqual(['a', 'b']);
  });

  it('mounts the app named by the URL with its base path and space', async () => {
    const { alpha, beta } = renderShell('/s/soc-eu/app/alpha/some/page', 'soc-eu');
    expect(await screen.findByTestId('alphaContent')).toHaveTextContent('Alpha content');
    expect(alpha.mount).toHaveBeenCalledTimes(1);
    const params = alpha.mount.mock.calls[0][0];
    expect(params.appBasePath).toBe('/s/soc-eu/app/alpha');
    expect(params.spaceId).toBe('soc-eu');
    expect(params.element).toBeInstanceOf(HTMLElement);
    expect(beta.mount).not.toHaveBeenCalled();
    expect(document.title).toBe('Alpha - Test Product');
  });

  it('unmounts the current app when navigation moves to another one', async () => {
    const { alpha, history } = renderShell('/app/alpha');
    await screen.findByTestId('alphaContent');
    act(() => history.navigateToApp('beta'));
    expect(await screen.findByTestId('betaContent')).toBeInTheDocument();
    await waitFor(() => expect(alpha.unmount).toHaveBeenCalledTimes(1));
    expect(window.location.pathname).toBe('/app/beta');
    expect(screen.queryByTestId('alphaContent')).not.toBeInTheDocument();
  });

  it('follows the back button between apps', async () => {
    const { beta, history } = renderShell('/app/alpha');
    await screen.findByTestId('alphaContent');
    act(() => history.navigateToApp('beta'));
    await screen.findByTestId('betaContent');
    act(() => {
      window.history.back();
    });
    expect(await screen.findByTestId('alphaContent')).toBeInTheDocument();
    await waitFor(() => expect(beta.unmount).toHaveBeenCalled());
  });

  it('navigates to another space with a full page load', async () => {
    const { history, location } = renderShell('/app/alpha');
    await screen.findByTestId('alphaContent');
    history.navigateToUrl('/s/soc-eu/app/beta');
    expect(location.assign).toHaveBeenCalledWith('http://localhost/s/soc-eu/app/beta');
  });

  it('shows "Application not found" for an unknown app', async () => {
    const { alpha } = renderShell('/app/nope');
    expect(await screen.findByTestId('appNotFoundPageContent')).toHaveTextContent('Application not found');
    expect(alpha.mount).not.toHaveBeenCalled();
  });

  it('shows a load error when the app fails to mount', async () => {
    window.history.replaceState(null, '', '/app/broken');
    const { core, location } = createTestCore();
    const application = createApplicationService();
    application.register({ id: 'broken', title: 'Broken', mount: async () => Promise.reject(new Error('Chunk failed')) });
    render(<Shell core={core} application={application} history={createShellHistory('default', location)} queryClient={createTestQueryClient()} />);
    expect(await screen.findByTestId('appLoadError')).toHaveTextContent('Chunk failed');
  });
});
