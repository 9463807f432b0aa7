import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type RecordedRequest } from '../test_helpers/mock_fetch';
import { createTestCore, DEFAULT_SPACE, renderWithCore, SOC_SPACE } from '../test_helpers/render_with_core';
import { CopyToSpaceFlyout } from './copy_to_space_flyout';
import { PHISHING } from './test_fixtures';

/** EUI puts a radio's subject on its wrapper: the input is inside. */
const radio = (testSubj: string) => within(screen.getByTestId(testSubj)).getByRole('radio');
const user = () => userEvent.setup({ pointerEventsCheck: 0, delay: null });
const LAB = { id: 'lab', name: 'Lab', disabledFeatures: [] };

describe('CopyToSpaceFlyout', () => {
  it('copies into the spaces picked, as new copies by default', async () => {
    let copied: RecordedRequest | undefined;
    const test = createTestCore({
      routes: {
        'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE, LAB] },
        'POST /api/spaces/_copy_saved_objects': (request) => (
          (copied = request),
          { body: { 'soc-eu': { success: true, successCount: 1, successResults: [{ type: 'cases', id: 'case-1', destinationId: 'x-1', meta: { title: 'Phishing campaign' } }] } } }
        ),
      },
    });
    renderWithCore(<CopyToSpaceFlyout objects={[PHISHING]} onClose={jest.fn()} />, test.core);
    const u = user();
    expect(screen.getByTestId('copy-to-space-flyout')).toHaveTextContent("Copy 'Phishing campaign' to spaces");
    // The current space is not a destination.
    await screen.findByTestId('copy-space-option-soc-eu');
    expect(screen.queryByTestId('copy-space-option-default')).not.toBeInTheDocument();
    expect(screen.getByTestId('copy-submit')).toBeDisabled();
    await u.click(screen.getByTestId('copy-space-option-soc-eu'));
    await u.click(screen.getByTestId('copy-submit'));
    const result = await screen.findByTestId('copy-result-soc-eu');
    expect(result).toHaveTextContent('SOC EU');
    expect(within(result).getByTestId('copy-result-soc-eu-summary')).toHaveTextContent('1 copied');
    expect(within(result).getByTestId('copy-result-soc-eu-success-cases:case-1')).toHaveTextContent('New copy');
    expect(copied!.body).toEqual({ spaces: ['soc-eu'], objects: [{ type: 'cases', id: 'case-1' }], includeReferences: true, createNewCopies: true, overwrite: false });
  });

  it('asks on a conflict and overwrites it in that space through the resolve call', async () => {
    let resolved: RecordedRequest | undefined;
    let copied: RecordedRequest | undefined;
    const test = createTestCore({
      routes: {
        'GET /api/spaces/space': { body: [DEFAULT_SPACE, SOC_SPACE, LAB] },
        'POST /api/spaces/_copy_saved_objects': (request) => (
          (copied = request),
          {
            body: {
              'soc-eu': { success: false, successCount: 0, errors: [{ type: 'cases', id: 'case-1', meta: { title: 'Phishing campaign' }, error: { type: 'conflict' } }] },
              lab: { success: true, successCount: 1, successResults: [{ type: 'cases', id: 'case-1', meta: { title: 'Phishing campaign' } }] },
            },
          }
        ),
        'POST /api/spaces/_resolve_copy_saved_objects_errors': (request) => (
          (resolved = request),
          { body: { 'soc-eu': { success: true, successCount: 1, successResults: [{ type: 'cases', id: 'case-1', overwrite: true, meta: { title: 'Phishing campaign' } }] } } }
        ),
      },
    });
    renderWithCore(<CopyToSpaceFlyout objects={[PHISHING]} onClose={jest.fn()} />, test.core);
    const u = user();
    await u.click(await screen.findByTestId('copy-space-option-soc-eu'));
    await u.click(screen.getByTestId('copy-space-option-lab'));
    await u.click(radio('copy-check-existing'));
    await u.click(radio('copy-ask'));
    await u.click(screen.getByTestId('copy-include-related'));
    await u.click(screen.getByTestId('copy-submit'));

    const soc = await screen.findByTestId('copy-result-soc-eu');
    expect(copied!.body).toEqual({ spaces: ['soc-eu', 'lab'], objects: [{ type: 'cases', id: 'case-1' }], includeReferences: false, createNewCopies: false, overwrite: false });
    expect(within(soc).getByTestId('copy-result-soc-eu-summary')).toHaveTextContent('0 copied, 1 to resolve');
    expect(within(screen.getByTestId('copy-result-lab')).getByTestId('copy-result-lab-success-cases:case-1')).toHaveTextContent('Created');
    await u.click(within(soc).getByTestId('copy-result-soc-eu-error-cases:case-1-overwrite'));
    expect(await within(soc).findByTestId('copy-result-soc-eu-success-cases:case-1')).toHaveTextContent('Overwritten');
    expect(resolved!.body).toEqual({
      retries: { 'soc-eu': [{ type: 'cases', id: 'case-1', overwrite: true }] },
      objects: [{ type: 'cases', id: 'case-1' }],
      includeReferences: false,
      createNewCopies: false,
    });
  });
});
