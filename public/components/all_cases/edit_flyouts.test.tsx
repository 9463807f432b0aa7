import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { EditAssigneesFlyout, nextAssignees } from './edit_assignees_flyout';
import { EditTagsFlyout, nextTags } from './edit_tags_flyout';
import { CASE_1, CASE_2, defaultRoutes, makeCase } from './test_helpers';
import type { CaseChange } from './use_case_actions';


const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });

function renderFlyout(ui: (onSave: jest.Mock) => React.ReactElement) {
  const onSave = jest.fn();
  const { core } = createTestCore({ routes: defaultRoutes() });
  renderWithCore(ui(onSave), core);
  return { onSave, changeOf: () => onSave.mock.calls[0][0] as CaseChange };
}

async function pickInCombo(u: ReturnType<typeof user>, comboTestSubj: string, text: string) {
  await u.click(within(screen.getByTestId(comboTestSubj)).getByTestId('comboBoxSearchInput'));
  // One paste instead of a keystroke per letter: the combo box re-filters on each.
  await u.paste(text);
}

describe('bulk tag edits', () => {
  it('computes the tags each case ends with', () => {
    expect(nextTags(['a', 'b'], ['c', 'a'], ['b'])).toEqual(['a', 'c']);
  });

  it('adds and removes tags, keeping the other tags of each case', async () => {
    const tagged = makeCase({ id: 'c3', title: 'Tagged', tags: ['email', 'keep'] });
    const { onSave, changeOf } = renderFlyout((save) => <EditTagsFlyout cases={[CASE_1, tagged]} isLoading={false} onClose={jest.fn()} onSave={save} />);
    const u = user();
    expect(screen.getByTestId('cases-edit-tags-save')).toBeDisabled();
    await pickInCombo(u, 'cases-edit-tags-add', 'apt29');
    await u.keyboard('{Enter}');
    await pickInCombo(u, 'cases-edit-tags-remove', 'email');
    await u.keyboard('{Enter}');
    await u.click(screen.getByTestId('cases-edit-tags-save'));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(changeOf()(CASE_1)).toEqual({ tags: ['phishing', 'finance', 'urgent', 'apt29'] });
    expect(changeOf()(tagged)).toEqual({ tags: ['keep', 'apt29'] });
    // A case that ends as it was is left out of the request.
    expect(changeOf()(makeCase({ id: 'c4', tags: ['apt29'] }))).toBeNull();
  });
});

describe('bulk edit flyout title', () => {
  const long = makeCase({ id: 'c5', title: 'Suspicious OAuth consent grants to an unverified multi-tenant application across finance mailboxes' });

  it('names one case on a single truncated line below a short heading', () => {
    renderFlyout((save) => <EditTagsFlyout cases={[long]} isLoading={false} onClose={jest.fn()} onSave={save} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Edit tags$/);
    const line = screen.getByTestId('cases-edit-tags-flyout-case');
    expect(line).toHaveTextContent(long.title);
    expect(line).toHaveClass('eui-textTruncate');
    expect(line).toHaveAttribute('title', long.title);
  });

  it('counts several cases instead of naming them', () => {
    renderFlyout((save) => <EditTagsFlyout cases={[long, CASE_2]} isLoading={false} onClose={jest.fn()} onSave={save} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Edit tags for 2 cases');
    expect(screen.queryByTestId('cases-edit-tags-flyout-case')).not.toBeInTheDocument();
  });
});

describe('bulk assignee edits', () => {
  it('computes the assignees each case ends with', () => {
    expect(nextAssignees([{ uid: 'u1' }, { uid: 'u2' }], ['u3', 'u1'], ['u2'])).toEqual([{ uid: 'u1' }, { uid: 'u3' }]);
  });

  it('adds assignees found by name and removes current ones', async () => {
    const { changeOf } = renderFlyout((save) => <EditAssigneesFlyout cases={[CASE_1, CASE_2]} isLoading={false} onClose={jest.fn()} onSave={save} />);
    const u = user();
    await pickInCombo(u, 'cases-edit-assignees-add', 'Bob');
    await u.click(await screen.findByRole('option', { name: /Bob Builder/ }));
    await u.click(screen.getByTestId('cases-edit-assignees-save'));
    await waitFor(() => expect(changeOf()(CASE_1)).toEqual({ assignees: [{ uid: 'u1' }, { uid: 'u2' }] }));
    expect(changeOf()(CASE_2)).toEqual({ assignees: [{ uid: 'u2' }] });
  });

  it('names the current assignees to remove', async () => {
    const { changeOf } = renderFlyout((save) => <EditAssigneesFlyout cases={[CASE_1, CASE_2]} isLoading={false} onClose={jest.fn()} onSave={save} />);
    const u = user();
    await pickInCombo(u, 'cases-edit-assignees-remove', 'Alice');
    await u.click(await screen.findByRole('option', { name: /Alice Analyst/ }));
    await u.click(screen.getByTestId('cases-edit-assignees-save'));
    expect(changeOf()(CASE_1)).toEqual({ assignees: [] });
    expect(changeOf()(CASE_2)).toBeNull();
  });
});
