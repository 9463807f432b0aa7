/**
 * The main gates, rendered as the server answers for a role: a viewer sees no control that would
 * be refused, an L1 analyst comments but cannot delete, and settings need cases_settings.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAllCases } from '../all_cases/test_helpers';
import { renderCaseView } from '../case_view/case_view_test_harness';
import { makeCase } from '../case_view/test_fixtures';
import { renderConfigurePage } from '../configure/test_helpers';
import { casesCapabilitiesResponse, READ_ONLY, SOC_L1 } from './test_fixtures';

const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const VIEWER = casesCapabilitiesResponse({ securitySolution: READ_ONLY, observability: READ_ONLY, cases: READ_ONLY });
const L1 = casesCapabilitiesResponse({ securitySolution: SOC_L1 });

describe('all cases, read-only', () => {
  it('offers no create, no settings, no bulk actions, no selection and no row delete', async () => {
    renderAllCases({ capabilities: VIEWER });
    const row = await screen.findByTestId('cases-table-row-c1');
    expect(screen.queryByTestId('createNewCaseBtn')).not.toBeInTheDocument();
    expect(screen.queryByTestId('configure-case-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-table-bulk-actions-link-icon')).not.toBeInTheDocument();
    expect(within(row).queryByRole('checkbox')).not.toBeInTheDocument();

    // The row menu keeps what needs no privilege (copy the id) and nothing else.
    await user().click(screen.getByTestId('case-action-popover-button-c1'));
    expect(await screen.findByTestId('case-action-copy-id')).toBeInTheDocument();
    expect(screen.queryByTestId('case-action-delete')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-action-status')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-action-severity')).not.toBeInTheDocument();
  });

  it('still offers everything to a caller with all privileges (the default)', async () => {
    renderAllCases();
    const row = await screen.findByTestId('cases-table-row-c1');
    expect(screen.getByTestId('createNewCaseBtn')).toBeInTheDocument();
    expect(screen.getByTestId('configure-case-button')).toBeInTheDocument();
    expect(within(row).getByRole('checkbox')).toBeInTheDocument();
  });
});

describe('case view', () => {
  it('read-only: a callout, and no editor, comment box, status or delete control', async () => {
    renderCaseView({ capabilities: VIEWER });
    expect(await screen.findByTestId('case-view-read-only-callout')).toHaveTextContent(
      'You can view this case, its comments and its activity, but not change them.',
    );
    await screen.findByTestId('comment-comment-1');
    for (const testSubj of [
      'editable-title-edit-icon',
      'description-edit-icon',
      'case-view-tags-edit-button',
      'case-view-category-edit-button',
      'case-view-assignees-edit-button',
      'case-view-assign-yourself-link',
      'case-status-picker',
      'add-comment',
      'case-view-status-action-button',
    ]) {
      expect(screen.queryByTestId(testSubj)).not.toBeInTheDocument();
    }
    expect(screen.getByTestId('case-status-read-only')).toHaveTextContent('Open');
    expect(screen.getByTestId('sync-alerts-switch')).toBeDisabled();

    const u = user();
    await u.click(screen.getByTestId('property-actions-case-ellipses'));
    expect(await screen.findByTestId('property-actions-case-copyClipboard')).toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-case-trash')).not.toBeInTheDocument();
    await u.click(within(screen.getByTestId('comment-comment-1')).getByTestId('property-actions-user-action-ellipses'));
    expect(await screen.findByTestId('property-actions-user-action-link')).toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-user-action-pencil')).not.toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-user-action-trash')).not.toBeInTheDocument();
  });

  it('an L1 analyst comments, edits and assigns, but cannot delete the case or a comment', async () => {
    renderCaseView({ capabilities: L1 });
    expect(await screen.findByTestId('add-comment')).toBeInTheDocument();
    expect(screen.queryByTestId('case-view-read-only-callout')).not.toBeInTheDocument();
    expect(screen.getByTestId('editable-title-edit-icon')).toBeInTheDocument();
    expect(screen.getByTestId('case-view-assignees-edit-button')).toBeInTheDocument();

    const u = user();
    await u.click(screen.getByTestId('property-actions-case-ellipses'));
    await screen.findByTestId('property-actions-case-copyClipboard');
    expect(screen.queryByTestId('property-actions-case-trash')).not.toBeInTheDocument();
    await u.click(within(await screen.findByTestId('comment-comment-1')).getByTestId('property-actions-user-action-ellipses'));
    expect(await screen.findByTestId('property-actions-user-action-pencil')).toBeInTheDocument();
    expect(screen.getByTestId('property-actions-user-action-quote')).toBeInTheDocument();
    expect(screen.queryByTestId('property-actions-user-action-trash')).not.toBeInTheDocument();
  });

  it('an L1 analyst cannot reopen a closed case: no open or in-progress, no reopen button', async () => {
    renderCaseView({ capabilities: L1, state: { theCase: makeCase({ status: 'closed' }) } });
    expect(await screen.findByTestId('add-comment')).toBeInTheDocument();
    expect(screen.getByTestId('case-status-read-only')).toHaveTextContent('Closed');
    expect(screen.queryByTestId('case-status-picker')).not.toBeInTheDocument();
    expect(screen.queryByTestId('case-view-status-action-button')).not.toBeInTheDocument();
  });
});

describe('configure page without cases_settings', () => {
  it('says the settings cannot be changed and shows no editing control', async () => {
    const { fetchMock } = renderConfigurePage({ capabilities: L1 });
    expect(await screen.findByTestId('configure-no-privilege-callout')).toHaveTextContent('You cannot change the case settings');
    expect(screen.queryByTestId('closure-options-radio-group')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /add/i })).not.toBeInTheDocument();
    // Nothing to load for a page that offers nothing.
    await waitFor(() => expect(fetchMock.calls.filter((call) => call.url.startsWith('/api/cases/configure'))).toHaveLength(0));
  });
});
