import { render, screen } from '@testing-library/react';
import { EuiProvider, useEuiTheme } from '@elastic/eui';
import { StatusBadge } from './status_badge';

/** The badge's background as EUI's emotion styles set it, read from the rendered stylesheet. */
function badgeBackground(element: HTMLElement): string {
  return getComputedStyle(element).getPropertyValue('--euiBadgeBackgroundColor').trim().toUpperCase();
}

function SelectedRowColors({ onColors }: { onColors: (colors: string[]) => void }) {
  const { euiTheme } = useEuiTheme();
  onColors([euiTheme.components.tableRowBackgroundSelected, euiTheme.components.tableRowBackgroundSelectedHover].map((c) => c.toUpperCase()));
  return null;
}

describe('StatusBadge on a selected row', () => {
  it.each(['light', 'dark'] as const)('keeps a fill that differs from the selected row background in %s mode', (colorMode) => {
    let rowColors: string[] = [];
    render(
      <EuiProvider colorMode={colorMode}>
        <SelectedRowColors onColors={(colors) => (rowColors = colors)} />
        <StatusBadge status="open" />
        <StatusBadge status="in-progress" />
        <StatusBadge status="closed" />
      </EuiProvider>,
    );
    expect(rowColors).toHaveLength(2);
    for (const status of ['open', 'in-progress', 'closed']) {
      const background = badgeBackground(screen.getByTestId(`case-status-badge-${status}`));
      expect(background).toMatch(/^#[0-9A-F]{6}/);
      expect(rowColors).not.toContain(background);
    }
  });
});
