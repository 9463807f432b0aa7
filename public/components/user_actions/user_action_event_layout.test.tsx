import { screen, within } from '@testing-library/react';
import { renderCaseView } from '../case_view/case_view_test_harness';

/**
 * The `display` the cascade gives an element, from the class-based rules Emotion inserts. jsdom's
 * getComputedStyle lets the later rule win whatever its specificity, which is not what a browser
 * does, so the winner is picked here by class count, then by order, as a browser would.
 */
function isValidMatch(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function cascadedDisplay(element: Element): string | undefined {
  let best: { specificity: number; value: string } | undefined;
  for (const sheet of Array.from(document.styleSheets)) {
    for (const rule of Array.from(sheet.cssRules)) {
      if (!(rule instanceof CSSStyleRule) || !rule.style.display) continue;
      // A plain split on commas is enough for the simple selectors of the comment's rules; the
      // others (nested :is() lists) are skipped, they cannot match these elements.
      for (const selector of rule.selectorText.split(',')) {
        if (!isValidMatch(element, selector)) continue;
        const specificity = (selector.match(/[.[:]/g) ?? []).length;
        if (!best || specificity >= best.specificity) best = { specificity, value: rule.style.display };
      }
    }
  }
  return best?.value;
}

describe('activity: an event entry reads as one sentence', () => {
  it('flows the author, the event and the time as text, so a long event does not leave the author alone on a line', async () => {
    renderCaseView();
    const entry = await screen.findByTestId('user-action-create_case-create');
    const part = (selector: string) => entry.querySelector(selector) as HTMLElement;
    // EUI lays these out as flex items that wrap whole; as inline text they wrap word by word.
    expect(cascadedDisplay(part('.euiCommentEvent__headerData'))).toBe('block');
    for (const selector of ['.euiCommentEvent__headerUsername', '.euiCommentEvent__headerEvent', '.euiCommentEvent__headerTimestamp']) {
      expect(cascadedDisplay(part(selector))).toBe('inline');
    }
    expect(part('.euiCommentEvent__headerUsername')).toHaveTextContent('Ana Analyst');
    expect(within(part('.euiCommentEvent__headerEvent')).getByText(/^created case/)).toBeInTheDocument();
  });
});
