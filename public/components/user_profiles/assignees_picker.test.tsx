import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MAX_ASSIGNEES_PER_CASE } from '../../../common/constants';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { AssigneesAvatars } from './assignees_avatars';
import { AssigneesPicker } from './assignees_picker';
import { ALICE, BOB, userProfileRoutes } from './test_fixtures';
import { UserAvatar } from './user_avatar';

function Harness({ initial = [], onChange }: { initial?: Array<{ uid: string }>; onChange: jest.Mock }) {
  const [selected, setSelected] = useState(initial);
  return (
    <AssigneesPicker
      selected={selected}
      onChange={(next) => {
        setSelected(next);
        onChange(next);
      }}
    />
  );
}

function setup(initial?: Array<{ uid: string }>) {
  const test = createTestCore({ routes: userProfileRoutes });
  const onChange = jest.fn();
  renderWithCore(<Harness initial={initial} onChange={onChange} />, test.core);
  return { ...test, onChange };
}

const suggestCalls = (calls: Array<{ url: string; body?: unknown }>) =>
  calls.filter((call) => call.url === '/internal/cases/_suggest_user_profiles').map((call) => (call.body as { name: string }).name);

describe('AssigneesPicker', () => {
  it('suggests users for the typed text, once typing pauses, and selects one', async () => {
    const { fetchMock, onChange } = setup();
    const user = userEvent.setup();
    const input = within(screen.getByTestId('comboBoxAssignees')).getByRole('combobox');
    await user.type(input, 'bob');

    expect(await screen.findByTestId(`comboBoxAssigneesOption-${BOB.uid}`)).toHaveTextContent('Bob Builder');
    expect(screen.queryByTestId(`comboBoxAssigneesOption-${ALICE.uid}`)).not.toBeInTheDocument();
    // Debounced: no request for "b" or "bo", only for the pause after "bob".
    expect(suggestCalls(fetchMock.calls)).not.toContain('b');
    expect(suggestCalls(fetchMock.calls)).toContain('bob');

    await user.click(screen.getByTestId(`comboBoxAssigneesOption-${BOB.uid}`));
    expect(onChange).toHaveBeenLastCalledWith([{ uid: BOB.uid }]);
    expect(screen.getByTestId('comboBoxAssignees')).toHaveTextContent('Bob Builder');
  });

  it('names the users already selected, loaded by uid', async () => {
    const { fetchMock } = setup([{ uid: ALICE.uid }]);
    await waitFor(() => expect(screen.getByTestId('comboBoxAssignees')).toHaveTextContent('Alice Analyst'));
    const bulk = fetchMock.calls.find((call) => call.url === '/internal/security/user_profile/_bulk_get');
    expect(bulk?.body).toMatchObject({ uids: [ALICE.uid] });
  });

  it('offers no more users once the limit is reached', async () => {
    const full = Array.from({ length: MAX_ASSIGNEES_PER_CASE }, (_, i) => ({ uid: `u_${i}` }));
    setup(full);
    expect(screen.getByTestId('comboBoxAssignees-limit')).toHaveTextContent(`at most ${MAX_ASSIGNEES_PER_CASE} assignees`);
    const user = userEvent.setup();
    await user.type(within(screen.getByTestId('comboBoxAssignees')).getByRole('combobox'), 'bob');
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(screen.queryByTestId(`comboBoxAssigneesOption-${BOB.uid}`)).not.toBeInTheDocument();
  });
});

describe('UserAvatar and AssigneesAvatars', () => {
  it('derives initials from the name, and uses the profile picture only when it is an image', () => {
    const { core } = createTestCore();
    renderWithCore(
      <>
        <UserAvatar user={{ username: 'jdoe', full_name: 'Jane Doe' }} data-test-subj="plain" />
        <UserAvatar profile={{ ...ALICE, data: { avatar: { initials: 'AA', color: '#ff0000' } } }} data-test-subj="initials" />
        <UserAvatar profile={{ ...ALICE, data: { avatar: { imageUrl: 'javascript:alert(1)' } } }} data-test-subj="badImage" />
      </>,
      core,
    );
    expect(screen.getByTestId('plain')).toHaveTextContent('JD');
    expect(screen.getByTestId('plain')).toHaveAttribute('aria-label', 'Jane Doe');
    expect(screen.getByTestId('initials')).toHaveTextContent('AA');
    expect(screen.getByTestId('badImage').getAttribute('style') ?? '').not.toContain('javascript');
  });

  it('shows each assignee with their name in a tooltip', async () => {
    const { core } = createTestCore({ routes: userProfileRoutes });
    renderWithCore(<AssigneesAvatars assignees={[{ uid: ALICE.uid }, { uid: 'u_gone' }]} />, core);
    const alice = await screen.findByTestId(`caseAssigneeAvatar-${ALICE.uid}`);
    await waitFor(() => expect(alice).toHaveAttribute('aria-label', 'Alice Analyst (alice@example.com)'));
    expect(screen.getByTestId('caseAssigneeAvatar-u_gone')).toHaveAttribute('aria-label', 'Unknown user');

    await userEvent.setup().hover(alice);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Alice Analyst');
  });
});
