import { type CaseSeverity } from '../../../common/constants';

export const SEVERITY_LABELS: Record<CaseSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Keys of EUI's severity palette, so the colours follow the theme (light and dark). */
export const SEVERITY_THEME_COLORS = {
  low: 'success',
  medium: 'warning',
  high: 'risk',
  critical: 'danger',
} as const satisfies Record<CaseSeverity, string>;
