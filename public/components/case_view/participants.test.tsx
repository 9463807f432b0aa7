import { screen, waitFor, within } from '@testing-library/react';
import type { GetCaseUsersResponse } from '../../../common/types/api/case_users';
import { createTestCore, createTestQueryClient, renderWithCore } from '../../core/mocks';
import { casesQueryKeys } from '../../containers/query_keys';
import { renderCaseView } from './case_view_test_harness';
import { Participants } from './participants';
import { ANA, BOB } from './test_fixtures';

const person = (user: { username: string; full_name: string | null; email: string | null; profile_uid?: string }) => ({
  user: { username: user.username, full_name: user.full_name, email: user.email },
  ...(user.profile_uid ? { uid: user.profile_uid } : {}),
});

const names = () =>
  within(screen.getByTestId('case-view-user-list-participants'))
    .getAllByTestId('case-view-participant-name')
    .map((name) => name.textContent);

describe('Participants', () => {
  it('lists the reporter first, then everyone else who acted, each once with an avatar', async () => {
    const { callsTo } = renderCaseView();
    const section = await screen.findByTestId('case-view-user-list-participants');
    expect(within(screen.getByTestId('case-view-sidebar')).getByTestId('case-view-user-list-participants')).toBe(section);
    await within(section).findByTestId('case-view-participant-bob');
    // Ana reported the case and acted on it: she is listed once, first.
    expect(names()).toEqual(['Ana Analyst', 'Bob Responder']);
    expect(within(section).getAllByTestId('case-view-participant-avatar')).toHaveLength(2);
    expect(callsTo('GET', '/internal/cases/case-1/_users')).toHaveLength(1);
  });

  it('names a user without a full name by username, and one without a profile by what the case recorded', async () => {
    const core = createTestCore({
      routes: {
        'GET /internal/cases/case-9/_users': {
          body: {
            reporter: person(ANA),
            participants: [person({ username: 'apikey-robot', full_name: null, email: null })],
            assignees: [],
            unassignedUsers: [],
          } satisfies GetCaseUsersResponse,
        },
      },
    });
    renderWithCore(<Participants caseId="case-9" />, core.core);
    await screen.findByTestId('case-view-participant-apikey-robot');
    expect(names()).toEqual(['Ana Analyst', 'apikey-robot']);
  });

  it('refreshes when the activity of the case is invalidated', async () => {
    let participants = [person(ANA)];
    const test = createTestCore({
      routes: {
        'GET /internal/cases/case-1/_users': () => ({ body: { reporter: person(ANA), participants, assignees: [], unassignedUsers: [] } }),
      },
    });
    const queryClient = createTestQueryClient();
    renderWithCore(<Participants caseId="case-1" />, test.core, queryClient);
    await screen.findByTestId('case-view-participant-ana');
    expect(screen.queryByTestId('case-view-participant-bob')).not.toBeInTheDocument();

    participants = [person(ANA), person(BOB)];
    // The prefix every user-actions query of the case shares, as a write to the activity invalidates.
    const activityKey = casesQueryKeys.userActions('case-1', {}).slice(0, 4);
    await queryClient.invalidateQueries({ queryKey: activityKey });
    expect(await screen.findByTestId('case-view-participant-bob')).toBeInTheDocument();
  });

  it('says so when the list cannot be loaded', async () => {
    const test = createTestCore({
      routes: { 'GET /internal/cases/case-1/_users': { status: 404, body: { statusCode: 404, error: 'Not Found', message: 'gone' } } },
    });
    renderWithCore(<Participants caseId="case-1" />, test.core);
    await waitFor(() => expect(screen.getByTestId('case-view-user-list-participants')).toHaveTextContent('Participants could not be loaded.'));
  });
});
