import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { conflictResponse, renderCaseView } from './case_view_test_harness';
import { makeCase } from './test_fixtures';

const setup = () => userEvent.setup({ pointerEventsCheck: 0 });

describe('sync alerts switch', () => {
  it('PATCHes settings.syncAlerts with the version the case was read at, and moves at once', async () => {
    let release: () => void = () => undefined;
    const { callsTo, state } = renderCaseView({
      state: { theCase: makeCase({ settings: { syncAlerts: false } }) },
      routes: {
        'PATCH /api/cases': async (request) => {
          await new Promise<void>((resolve) => (release = resolve));
          const [patch] = (request.body as { cases: Array<{ settings: { syncAlerts: boolean } }> }).cases;
          state.theCase = { ...state.theCase, settings: patch.settings, version: 'v2' };
          return { body: [{ ...state.theCase, comments: [] }] };
        },
      },
    });
    const toggle = await screen.findByTestId('sync-alerts-switch');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    await setup().click(toggle);
    // Optimistic: on while the request is out.
    expect(screen.getByTestId('sync-alerts-switch')).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(1));
    expect(callsTo('PATCH', '/api/cases')[0].body).toEqual({ cases: [{ id: 'case-1', version: 'v1', settings: { syncAlerts: true } }] });
    release();
    await waitFor(() => expect(screen.getByTestId('sync-alerts-switch')).not.toBeDisabled());
    expect(screen.getByTestId('sync-alerts-switch')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('sync-alerts-help')).toHaveTextContent('closing closes them');
  });

  it('goes back when the save fails', async () => {
    renderCaseView({ state: { theCase: makeCase({ settings: { syncAlerts: true } }) }, routes: { 'PATCH /api/cases': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } } } });
    await setup().click(await screen.findByTestId('sync-alerts-switch'));
    await waitFor(() => expect(screen.getByTestId('sync-alerts-switch')).toHaveAttribute('aria-checked', 'true'));
    expect(await screen.findByText('Could not save the alert sync setting')).toBeInTheDocument();
  });

  it('keeps the choice through a version conflict and applies it against the fresh version', async () => {
    let conflicts = 1;
    const { callsTo, state } = renderCaseView({
      state: { theCase: makeCase({ settings: { syncAlerts: false } }) },
      routes: {
        'PATCH /api/cases': (request) => {
          if (conflicts-- > 0) {
            state.theCase = { ...state.theCase, version: 'v2', title: 'Renamed elsewhere' };
            return conflictResponse;
          }
          const [patch] = (request.body as { cases: Array<{ settings: { syncAlerts: boolean } }> }).cases;
          state.theCase = { ...state.theCase, settings: patch.settings, version: 'v3' };
          return { body: [{ ...state.theCase, comments: [] }] };
        },
      },
    });
    const user = setup();
    await user.click(await screen.findByTestId('sync-alerts-switch'));
    expect(await screen.findByTestId('case-conflict-callout')).toBeInTheDocument();
    expect(screen.getByTestId('sync-alerts-switch')).toHaveAttribute('aria-checked', 'true');
    await user.click(screen.getByTestId('case-conflict-reapply'));
    await waitFor(() => expect(callsTo('PATCH', '/api/cases')).toHaveLength(2));
    expect(callsTo('PATCH', '/api/cases')[1].body).toEqual({ cases: [{ id: 'case-1', version: 'v2', settings: { syncAlerts: true } }] });
  });
});
