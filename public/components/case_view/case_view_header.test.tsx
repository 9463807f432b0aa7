import { act, screen, within } from '@testing-library/react';
import { renderCaseView } from './case_view_test_harness';

/** Sets the window width EUI's breakpoint hooks read. */
function setWindowWidth(width: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
  act(() => {
    window.dispatchEvent(new Event('resize'));
  });
}

afterEach(() => setWindowWidth(1024));

describe('CaseViewHeader: layout by width', () => {
  it('puts the controls on a row of their own under the title below 1200 px', async () => {
    setWindowWidth(1024);
    renderCaseView();
    const layout = await screen.findByTestId('case-view-header-layout');
    expect(layout).toHaveAttribute('data-layout', 'stacked');
    // Title first, then the row of controls, both children of the stacked group.
    const [first, second] = Array.from(layout.children);
    expect(within(first as HTMLElement).getByTestId('editable-title-header-value')).toBeInTheDocument();
    expect(second).toHaveAttribute('data-test-subj', 'case-view-header-controls');
    expect(within(second as HTMLElement).getByTestId('case-view-number')).toHaveTextContent('#42');
    expect(within(second as HTMLElement).getByTestId('case-refresh')).toBeInTheDocument();
  });

  it('keeps them beside the title on a wide screen, and moves them as the window changes', async () => {
    setWindowWidth(1600);
    renderCaseView();
    const layout = await screen.findByTestId('case-view-header-layout');
    expect(layout).toHaveAttribute('data-layout', 'beside');
    setWindowWidth(1100);
    expect(layout).toHaveAttribute('data-layout', 'stacked');
  });

  it('keeps the edit pencil in the run of the title text', async () => {
    renderCaseView();
    const title = await screen.findByTestId('editable-title-header-value');
    expect(getComputedStyle(title).display).toBe('inline');
    expect(title.nextElementSibling).toHaveAttribute('data-test-subj', 'editable-title-edit-icon');
  });
});
