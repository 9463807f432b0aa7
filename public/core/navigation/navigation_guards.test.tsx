import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EuiProvider } from '@elastic/eui';
import { createMockLocation } from '../test_helpers/render_with_core';
import { createShellHistory } from '../shell_history';
import { NavigationConfirmModal } from './navigation_confirm_modal';
import { createNavigationGuards } from './navigation_guards';

// The shell's window listeners outlive a test (one shell per page in the app): a guard left
// registered would hold the next test's clicks.
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup(startPath = '/app/cases/case-1') {
  window.history.replaceState(null, '', startPath);
  const created = createNavigationGuards();
  const guards = { ...created, register: (guard: () => string | undefined) => { const off = created.register(guard); cleanups.push(off); return off; } };
  const location = createMockLocation(startPath);
  const history = createShellHistory('default', location, guards);
  render(
    <EuiProvider colorMode="light">
      <a href="/app/cases" data-test-subj="inAppLink">
        Cases
      </a>
      <NavigationConfirmModal guards={guards} />
    </EuiProvider>,
  );
  return { guards, history, location, user: userEvent.setup() };
}

describe('navigation guards', () => {
  it('leaves at once when no guard objects', () => {
    const guards = createNavigationGuards();
    const leave = jest.fn();
    guards.requestLeave(leave);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(guards.getPending()).toBeUndefined();
  });

  it('asks before navigateToUrl while a guard objects, and goes only on confirm', async () => {
    const { guards, history, user } = setup();
    guards.register(() => 'Your comment has not been added.');
    act(() => history.navigateToApp('spaces'));
    expect(window.location.pathname).toBe('/app/cases/case-1');
    expect(screen.getByTestId('navigationGuardConfirmModal')).toHaveTextContent('Your comment has not been added.');
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    expect(window.location.pathname).toBe('/app/spaces');
    expect(screen.queryByTestId('navigationGuardConfirmModal')).not.toBeInTheDocument();
  });

  it('stays when the user answers Stay', async () => {
    const { guards, history, user } = setup();
    guards.register(() => 'unsaved');
    act(() => history.navigateToApp('spaces'));
    await user.click(screen.getByTestId('confirmModalCancelButton'));
    expect(window.location.pathname).toBe('/app/cases/case-1');
  });

  it('holds an in-app link click before the app router sees it', async () => {
    const { guards, user } = setup();
    const routerClick = jest.fn();
    document.addEventListener('click', routerClick);
    guards.register(() => 'unsaved');
    await user.click(screen.getByTestId('inAppLink'));
    expect(routerClick).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/app/cases/case-1');
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    expect(window.location.pathname).toBe('/app/cases');
    document.removeEventListener('click', routerClick);
  });

  /** A page reached by an in-app push, as the app's router makes it, with a router listening. */
  function onGuardedCase() {
    const setupResult = setup('/app/cases');
    window.history.pushState({ usr: null, key: 'case-1' }, '', '/app/cases/case-1');
    const routerPops: string[] = [];
    const routerPop = () => routerPops.push(window.location.pathname);
    window.addEventListener('popstate', routerPop);
    cleanups.push(() => window.removeEventListener('popstate', routerPop));
    const unregister = setupResult.guards.register(() => 'unsaved');
    return { ...setupResult, routerPops, unregister, length: window.history.length };
  }

  it('walks a Back the user confirms without adding entries, so Forward returns to the page', async () => {
    const { user, routerPops, unregister, length } = onGuardedCase();

    act(() => window.history.back());
    await screen.findByTestId('navigationGuardConfirmModal');
    // The routers never saw the move: the page is still the case, on its own entry.
    expect(routerPops).toEqual([]);
    expect(window.location.pathname).toBe('/app/cases/case-1');

    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(routerPops).toEqual(['/app/cases']));
    expect(window.history.length).toBe(length);
    // The editor unmounts with the case view; Forward is a plain move again.
    unregister();

    act(() => window.history.forward());
    await waitFor(() => expect(routerPops).toEqual(['/app/cases', '/app/cases/case-1']));
    expect(window.history.length).toBe(length);
  });

  it('stays on the page for every "Stay", with the address and the history as they were', async () => {
    const { user, routerPops, length } = onGuardedCase();
    for (let attempt = 0; attempt < 2; attempt++) {
      act(() => window.history.back());
      await screen.findByTestId('navigationGuardConfirmModal');
      await user.click(screen.getByTestId('confirmModalCancelButton'));
      expect(screen.queryByTestId('navigationGuardConfirmModal')).not.toBeInTheDocument();
      expect(window.location.pathname).toBe('/app/cases/case-1');
      expect(window.history.length).toBe(length);
    }
    expect(routerPops).toEqual([]);
  });

  it('undoes and replays a move of several entries, Back or Forward alike', async () => {
    const { user, guards, routerPops, unregister, length } = onGuardedCase();
    window.history.pushState(null, '', '/app/cases/case-2');
    // Two steps back from case-2, past case-1, asked once.
    act(() => window.history.go(-2));
    await screen.findByTestId('navigationGuardConfirmModal');
    expect(window.location.pathname).toBe('/app/cases/case-2');
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(routerPops).toEqual(['/app/cases']));
    unregister();

    // Now guarded on the list: Forward asks too, and lands where Forward goes.
    guards.register(() => 'unsaved');
    act(() => window.history.forward());
    await screen.findByTestId('navigationGuardConfirmModal');
    expect(window.location.pathname).toBe('/app/cases');
    await user.click(screen.getByTestId('confirmModalConfirmButton'));
    await waitFor(() => expect(routerPops).toEqual(['/app/cases', '/app/cases/case-1']));
    expect(window.history.length).toBe(length + 1);
  });

  it('asks the browser before the tab closes with unsaved work, and not after a confirmed leave', () => {
    const guards = createNavigationGuards();
    const uninstall = guards.installBeforeUnload(window);
    const fire = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(fire()).toBe(false);
    guards.register(() => 'unsaved');
    expect(fire()).toBe(true);
    guards.requestLeave(() => undefined);
    act(() => guards.getPending()!.confirm());
    expect(fire()).toBe(false);
    uninstall();
  });
});
