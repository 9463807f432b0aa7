/**
 * Charts follow the shell's color mode. The shell switches EUI between light and dark live (it
 * follows the system), so the theme is read from EUI's context on every render: the canvas takes
 * @elastic/charts' light or dark theme (both Borealis, EUI's current theme), and the chart's own
 * HTML (legend, tooltip), styled by the library's light stylesheet, is recolored from EUI's tokens
 * so it never shows light on a dark page.
 */
import { css, type SerializedStyles } from '@emotion/react';
import { useMemo } from 'react';
import { useEuiTheme, type EuiThemeComputed } from '@elastic/eui';
import { DARK_THEME, LIGHT_THEME, type PartialTheme, type Theme } from '@elastic/charts';

export type ChartColorMode = 'LIGHT' | 'DARK';

/** The chart library's base theme for the shell's color mode. */
export function chartBaseThemeFor(colorMode: string): Theme {
  return colorMode.toUpperCase() === 'DARK' ? DARK_THEME : LIGHT_THEME;
}

/**
 * What changes from the base theme: the chart's background is the panel's, so labels inside
 * slices and metric tiles pick their contrast against what the user actually sees.
 */
export function chartThemeOverrides(euiTheme: EuiThemeComputed): PartialTheme {
  const background = euiTheme.colors.backgroundBasePlain;
  return {
    background: { color: background, fallbackColor: background },
    chartMargins: { top: 8, bottom: 8, left: 8, right: 8 },
  };
}

/** Legend and tooltip colors from EUI's tokens; the tooltip lives in a portal, hence `global`. */
export function chartHtmlStyles(euiTheme: EuiThemeComputed): { scoped: SerializedStyles; global: SerializedStyles } {
  const { colors } = euiTheme;
  return {
    scoped: css`
      .echLegendItem {
        color: ${colors.textParagraph};
      }
      .echLegendItem--hidden {
        color: ${colors.textSubdued};
      }
      .echLegendItem:hover .background {
        background-color: ${colors.backgroundBaseInteractiveHover};
      }
    `,
    global: css`
      .echTooltip,
      .echTooltip__tableWrapper,
      .echTooltip__tableHeader .echTooltip__tableCell,
      .echTooltip__tableFooter .echTooltip__tableCell {
        background-color: ${colors.backgroundBasePlain};
        color: ${colors.textParagraph};
        border-color: ${colors.borderBasePlain};
      }
      .echTooltip__tableHeader .echTooltip__tableCell {
        border-bottom-color: ${colors.borderBaseSubdued};
      }
      .echTooltip__tableRow--highlighted .echTooltip__tableCell:not(.echTooltip__colorCell) {
        background-color: ${colors.backgroundBaseInteractiveHover};
      }
    `,
  };
}

export interface ChartTheme {
  colorMode: ChartColorMode;
  baseTheme: Theme;
  theme: PartialTheme;
  styles: ReturnType<typeof chartHtmlStyles>;
  /** The panel's background, for tiles the library colors itself (metric). */
  background: string;
}

/** The chart theme of the nearest EuiProvider. */
export function useChartTheme(): ChartTheme {
  const { euiTheme, colorMode } = useEuiTheme();
  return useMemo(() => {
    const mode: ChartColorMode = colorMode.toUpperCase() === 'DARK' ? 'DARK' : 'LIGHT';
    return {
      colorMode: mode,
      baseTheme: chartBaseThemeFor(mode),
      theme: chartThemeOverrides(euiTheme),
      styles: chartHtmlStyles(euiTheme),
      background: euiTheme.colors.backgroundBasePlain,
    };
  }, [euiTheme, colorMode]);
}

const HEX = /^#([0-9a-f]{6})$/i;

/**
 * A color faded toward the background by `amount` (0 to 1): the rings of a nested pie keep
 * their parent's hue, fading outward. Colors other than #rrggbb are returned unchanged.
 */
export function fadeToward(color: string, background: string, amount: number): string {
  const from = HEX.exec(color);
  const to = HEX.exec(background);
  if (!from || !to || amount <= 0) return color;
  const channel = (hex: string, index: number) => parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  const mixed = [0, 1, 2].map((index) => {
    const value = Math.round(channel(from[1]!, index) * (1 - amount) + channel(to[1]!, index) * amount);
    return value.toString(16).padStart(2, '0');
  });
  return `#${mixed.join('')}`;
}
