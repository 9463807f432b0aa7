/**
 * The chart type, picked from icons. The items are radio inputs in a fieldset (EuiKeyPadMenu's
 * checkable mode), so the arrow keys move between them as in any radio group.
 */
import { memo } from 'react';
import { EuiIcon, EuiKeyPadMenu, EuiKeyPadMenuItem, type IconType } from '@elastic/eui';
import { DonutChartIcon, TreemapChartIcon } from './chart_icons';
import { CHART_OPTIONS, type ChartChoice, chartKey } from './chart_types';

const ICONS: Record<string, IconType> = {
  'xy-bar': 'chartBarVertical',
  'xy-bar_stacked': 'chartBarVerticalStack',
  'xy-bar_horizontal': 'chartBarHorizontal',
  'xy-bar_horizontal_stacked': 'chartBarHorizontalStack',
  'xy-line': 'chartLine',
  'xy-area': 'chartArea',
  'xy-area_stacked': 'chartAreaStack',
  'pie-pie': 'chartPie',
  'pie-donut': DonutChartIcon,
  'pie-treemap': TreemapChartIcon,
  'metric-metric': 'chartMetric',
  'datatable-table': 'visTable',
};

interface ChartTypePickerProps {
  value: ChartChoice;
  onChange: (chart: ChartChoice) => void;
}

export const ChartTypePicker = memo(function ChartTypePicker({ value, onChange }: ChartTypePickerProps) {
  const selected = chartKey(value);
  return (
    <EuiKeyPadMenu checkable={{ legend: 'Chart type' }} data-test-subj="visualizationChartType" css={{ width: '100%', maxWidth: 'none' }}>
      {CHART_OPTIONS.map((option) => (
        <EuiKeyPadMenuItem
          key={option.key}
          id={`visualizationChartType-${option.key}`}
          checkable="single"
          name="visualizationChartType"
          label={option.label}
          isSelected={option.key === selected}
          onChange={() => onChange(option.choice)}
          data-test-subj={`chartType-${option.key}`}
        >
          <EuiIcon type={ICONS[option.key]!} size="l" />
        </EuiKeyPadMenuItem>
      ))}
    </EuiKeyPadMenu>
  );
});
