import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type App } from '../application_service';
import { canManage } from '../capabilities/use_capabilities';
import { noCapabilities } from '../test_helpers/capabilities';
import {
  createTestCore,
  DEFAULT_SPACE,
  ELASTIC_USER,
  renderWithCore,
  SOC_SPACE,
} from '../test_helpers/render_with_core';
import { Header } from './header';
import { spaceInitials } from './space_avatar';

const APPS: App[] = [
  { id: 'cases', title: 'Cases', mount: () => () => undefined },
  { id: 'spaces', title: 'Spaces', mount: () => () => undefined, isAvailable: (capabilities) => canManage(capabilities).spaces },
];

function renderHeader(extraRoutes = {}, capabilities?: ReturnType<typeof noCapabilities>) {
  window.history.replaceState(null, '', '/app/cases/some/page');
  const test = createTestCore({
    capabilities,
    routes: {
      'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE] },
      'GET /internal/spaces/_active_space': { body: DEFAULT_SPACE },
      'GET /internal/security/me': { body: ELASTIC_USER },
      ...extraRoutes,
    },
  });
  renderWithCore(<Header apps={APPS} activeAppId="cases" />, test.core);
  return test;
}

describe('spaceInitials', () => {
  it('uses the space initials, else the first letters of two words, else two letters', () => {
    expect(spaceInitials({ name: 'SOC Europe', initials: 'EU' })).toBe('EU');
    expect(spaceInitials({ name: 'SOC Europe' })).toBe('SE');
    expect(spaceInitials({ name: 'Default' })).toBe('De');
  });
});

describe('Header', () => {
  it('shows the product name and links to the registered apps', async () => {
    const { core } = renderHeader();
    expect(screen.getByTestId('headerLogo')).toHaveTextContent('Test Product');
    await userEvent.setup().click(screen.getByTestId('appLink-spaces'));
    expect(core.navigateToApp).toHaveBeenCalledWith('spaces');
  });

  it('lists the spaces with avatars and marks the current one', async () => {
    renderHeader();
    const user = userEvent.setup();
    const button = await screen.findByTestId('spacesNavSelector');
    await waitFor(() => expect(button).toHaveAccessibleName('Current space: Default, shown as De. Change space'));
    await user.click(button);
    const socOption = await screen.findByTestId('space-avatar-soc-eu');
    expect(socOption).toHaveTextContent('SOC EU');
    expect(screen.getByTestId('space-avatar-default')).toHaveAttribute('aria-selected', 'true');
    expect(socOption).toHaveAttribute('aria-selected', 'false');
    expect(within(screen.getByTestId('spaceSelectorList')).getAllByRole('option')).toHaveLength(2);
  });

  it('re-reads the spaces when the switcher opens, so a space created elsewhere appears', async () => {
    const { fetchMock } = renderHeader();
    const user = userEvent.setup();
    const button = await screen.findByTestId('spacesNavSelector');
    await waitFor(() => expect(button).toHaveAccessibleName('Current space: Default, shown as De. Change space'));
    fetchMock.route('GET /api/spaces/space', { body: [DEFAULT_SPACE, SOC_SPACE, { id: 'new-one', name: 'New one', disabledFeatures: [] }] });
    await user.click(button);
    expect(await screen.findByTestId('space-avatar-new-one')).toHaveTextContent('New one');
  });

  it('goes to the same app in the chosen space with a full page load', async () => {
    const { location } = renderHeader();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('spacesNavSelector'));
    await user.click(await screen.findByTestId('space-avatar-soc-eu'));
    expect(location.assign).toHaveBeenCalledWith('/s/soc-eu/app/cases');
  });

  it('opens spaces management from the switcher', async () => {
    const { core } = renderHeader();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('spacesNavSelector'));
    await user.click(await screen.findByTestId('manageSpaces'));
    expect(core.navigateToApp).toHaveBeenCalledWith('spaces');
  });

  it('shows the user and logs out through the API', async () => {
    const { location, fetchMock } = renderHeader({
      'POST /internal/security/logout': { body: { location: '/login?msg=LOGGED_OUT' } },
    });
    const user = userEvent.setup();
    await waitFor(() => expect(fetchMock.calls.some((call) => call.url === '/internal/security/me')).toBe(true));
    await user.click(screen.getByTestId('userMenuButton'));
    expect(await screen.findByTestId('userMenuDisplayName')).toHaveTextContent('Elastic Admin');
    await user.click(screen.getByTestId('logoutLink'));
    await waitFor(() => expect(location.assign).toHaveBeenCalledWith('/login?msg=LOGGED_OUT'));
    expect(fetchMock.calls.find((call) => call.url === '/internal/security/logout')).toMatchObject({
      method: 'POST',
      headers: { 'kbn-xsrf': 'true' },
    });
  });

  it('reports a failed logout instead of pretending it worked', async () => {
    const { location } = renderHeader({
      'POST /internal/security/logout': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('userMenuButton'));
    await user.click(await screen.findByTestId('logoutLink'));
    expect(await screen.findByTestId('errorToast')).toHaveTextContent('boom');
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('hides the management link and "Manage spaces" from a caller who may not manage spaces', async () => {
    renderHeader({}, noCapabilities());
    expect(screen.getByTestId('appLink-cases')).toBeInTheDocument();
    expect(screen.queryByTestId('appLink-spaces')).not.toBeInTheDocument();
    await userEvent.setup().click(await screen.findByTestId('spacesNavSelector'));
    await screen.findByTestId('space-avatar-soc-eu');
    expect(screen.queryByTestId('manageSpaces')).not.toBeInTheDocument();
    expect(screen.queryByTestId('spacesOnlyOneMessage')).not.toBeInTheDocument();
  });

  it('says so when the current space is the only one the caller may enter', async () => {
    renderHeader({ 'GET /api/spaces/space': { body: [DEFAULT_SPACE] } }, noCapabilities());
    await userEvent.setup().click(await screen.findByTestId('spacesNavSelector'));
    expect(await screen.findByTestId('spacesOnlyOneMessage')).toHaveTextContent('This is the only space you have access to.');
    expect(within(screen.getByTestId('spaceSelectorList')).getAllByRole('option')).toHaveLength(1);
  });
});
