import { DARK_THEME, LIGHT_THEME } from '@elastic/charts';
import { EuiProvider } from '@elastic/eui';
import { render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CoreEuiProvider } from '../../../core';
import { setSystemDarkMode } from '../../../core/mocks';
import { chartBaseThemeFor, fadeToward, useChartTheme } from './chart_theme';
import { installChartTestEnvironment } from './chart_test_env';
import { VisualizationChart } from './visualization_chart';
import { definitionOf, perHost } from './test_fixtures';

installChartTestEnvironment();

const inMode =
  (colorMode: 'light' | 'dark') =>
  ({ children }: { children: ReactNode }) => <EuiProvider colorMode={colorMode}>{children}</EuiProvider>;

describe('chart theme', () => {
  it('picks the charts’ dark theme under a dark EuiProvider, the light one under a light one', () => {
    const dark = renderHook(() => useChartTheme(), { wrapper: inMode('dark') }).result.current;
    const light = renderHook(() => useChartTheme(), { wrapper: inMode('light') }).result.current;
    expect(dark.colorMode).toBe('DARK');
    expect(dark.baseTheme).toBe(DARK_THEME);
    expect(light.baseTheme).toBe(LIGHT_THEME);
    // The chart's background is the page's, so it never shows a light box on a dark page.
    expect(dark.theme.background?.color).toBe(dark.background);
    expect(dark.background).not.toBe(light.background);
    expect(chartBaseThemeFor('dark')).toBe(DARK_THEME);
  });

  it('follows the shell when the system switches to dark', async () => {
    const definition = definitionOf({ type: 'pie', shape: 'pie', groups: ['host'], metric: 'count', legend: { isVisible: true, position: 'right' } });
    const { container } = render(
      <CoreEuiProvider>
        <VisualizationChart definition={definition} response={perHost()} timeZone="UTC" />
      </CoreEuiProvider>,
    );
    expect(screen.getByTestId('visualization-chart')).toHaveAttribute('data-color-mode', 'LIGHT');
    await waitFor(() => expect(container.querySelector('.echChartBackground')).not.toBeNull());
    const lightBackground = (container.querySelector('.echChartBackground') as HTMLElement).style.backgroundColor;
    setSystemDarkMode(true);
    await waitFor(() => expect(screen.getByTestId('visualization-chart')).toHaveAttribute('data-color-mode', 'DARK'));
    await waitFor(() => expect((container.querySelector('.echChartBackground') as HTMLElement).style.backgroundColor).not.toBe(lightBackground));
  });

  it('fades a color toward the background', () => {
    expect(fadeToward('#ff0000', '#ffffff', 0.5)).toBe('#ff8080');
    expect(fadeToward('#ff0000', '#ffffff', 0)).toBe('#ff0000');
    expect(fadeToward('rgb(1,2,3)', '#ffffff', 0.5)).toBe('rgb(1,2,3)');
  });
});
