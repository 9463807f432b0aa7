import { render, screen, within } from '@testing-library/react';
import { EuiProvider } from '@elastic/eui';
import { ObjectOutcomes } from './object_outcomes';
import type { Outcome } from './outcome';

const renderOutcome = (outcome: Outcome) =>
  render(
    <EuiProvider>
      <ObjectOutcomes outcome={outcome} testPrefix="import" busy={false} onOverwrite={jest.fn()} onSkip={jest.fn()} />
    </EuiProvider>,
  );

const empty: Outcome = { successes: [], errors: [], skipped: [], warnings: [] };

describe('the objects of an import answer', () => {
  it("lists cases on their own rows and counts a case's comments and activity per outcome", () => {
    renderOutcome({
      ...empty,
      successes: [
        { type: 'cases', id: 'c1', meta: { title: 'Phishing wave' }, destinationId: 'n1' },
        ...['a', 'b', 'c'].map((id) => ({ type: 'cases-comments', id, meta: {}, destinationId: `n-${id}` })),
        { type: 'cases-user-actions', id: 'u1', meta: {}, destinationId: 'n-u1' },
        { type: 'cases-user-actions', id: 'u2', meta: {}, overwrite: true },
      ],
    });
    expect(screen.getByTestId('import-success-cases:c1')).toHaveTextContent('Phishing wave');
    expect(screen.queryByTestId('import-success-cases-comments:a')).toBeNull();
    expect(screen.getByTestId('import-related-cases-comments')).toHaveTextContent('3 commentsNew copy');
    const activity = screen.getAllByTestId('import-related-cases-user-actions').map((row) => row.textContent);
    expect(activity).toEqual(['1 activity entryNew copy', '1 activity entryOverwritten']);
  });

  it('says when a conflict is with a copy under another id, and names untitled objects by what they are', () => {
    renderOutcome({
      ...empty,
      errors: [
        { type: 'cases', id: 'c1', meta: { title: 'Phishing wave' }, error: { type: 'conflict', destinationId: 'copy-1' } },
        { type: 'cases-comments', id: 'k1', meta: {}, error: { type: 'conflict' } },
      ],
    });
    expect(within(screen.getByTestId('import-error-cases:c1')).getByText(/A copy of this object exists already, under the ID copy-1/)).toBeInTheDocument();
    const comment = screen.getByTestId('import-error-cases-comments:k1');
    expect(comment).toHaveTextContent('Comment [id=k1]');
    expect(comment).toHaveTextContent('An object with this ID already exists. Overwrite it?');
  });
});
