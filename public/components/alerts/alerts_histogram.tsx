/**
 * The Alerts page's "Trend" panel, as Elastic Security's Alerts page has: alerts over the page's
 * time range as stacked bars, one series per top value of the field chosen in "Stack by",
 * narrowed by the page's filters and search. It can be collapsed (remembered in this tab) for
 * analysts who want only the table, and added to a case as a Lens visualization.
 */
import { useMemo } from 'react';
import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSelect, EuiSpacer, EuiTitle, useGeneratedHtmlId } from '@elastic/eui';
import { toDataRequest } from '../../../common/visualizations/to_data_request';
import { useCasesCapabilities } from '../capabilities/use_cases_capabilities';
import { CREATE_CASE_OWNER } from '../create/case_form';
import { userTimeZone } from '../visualizations/visualization_time_range';
import { AlertsHistogramChart } from './alerts_histogram_chart';
import { alertsHistogramDefinition, isStackByField, STACK_BY_FIELDS, type HistogramFilters } from './alerts_histogram_definition';
import type { TimeRange } from './alerts_page_state';
import { HistogramAddToCase } from './histogram_add_to_case';
import { useHistogramPreferences } from './use_histogram_preferences';

const STACK_BY_OPTIONS = STACK_BY_FIELDS.map(({ field }) => ({ value: field, text: field }));

interface AlertsHistogramProps {
  filters: HistogramFilters;
  /** The page's range as date math, and its bounds as the table last resolved them. */
  range: TimeRange;
  bounds: { from?: string; to?: string };
  /** The table's first page is in: the chart loads only then. */
  ready: boolean;
}

export function AlertsHistogram({ filters, range, bounds, ready }: AlertsHistogramProps) {
  const [{ isOpen, stackBy }, setPreferences] = useHistogramPreferences();
  const bodyId = useGeneratedHtmlId({ prefix: 'alertsHistogram' });
  const timeZone = useMemo(userTimeZone, []);
  const permissions = useCasesCapabilities(CREATE_CASE_OWNER);
  const canAddToNew = permissions.create && permissions.createComment;
  const canAddToExisting = permissions.createComment;

  const { status, rule, severity, search } = filters;
  const definition = useMemo(() => alertsHistogramDefinition(stackBy, { status, rule, severity, search }), [stackBy, status, rule, severity, search]);
  const { from, to } = bounds;
  const request = useMemo(() => (from && to ? toDataRequest(definition, { from, to }, timeZone) : null), [definition, from, to, timeZone]);

  return (
    <EuiPanel hasBorder paddingSize="s" data-test-subj="alertsHistogramPanel">
      <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButtonIcon
            iconType={isOpen ? 'chevronSingleDown' : 'chevronSingleRight'}
            color="text"
            aria-expanded={isOpen}
            aria-controls={bodyId}
            aria-label={isOpen ? 'Hide the alerts trend' : 'Show the alerts trend'}
            onClick={() => setPreferences({ isOpen: !isOpen })}
            data-test-subj="alertsHistogramToggle"
          />
        </EuiFlexItem>
        <EuiFlexItem>
          <EuiTitle size="xxs">
            <h3>Trend</h3>
          </EuiTitle>
        </EuiFlexItem>
        {isOpen && (
          <>
            <EuiFlexItem grow={false} style={{ minWidth: 280 }}>
              <EuiSelect
                compressed
                prepend="Stack by"
                aria-label="Stack by"
                options={STACK_BY_OPTIONS}
                value={stackBy}
                onChange={(event) => isStackByField(event.target.value) && setPreferences({ stackBy: event.target.value })}
                data-test-subj="alertsHistogramStackBy"
              />
            </EuiFlexItem>
            {(canAddToNew || canAddToExisting) && (
              <EuiFlexItem grow={false}>
                <HistogramAddToCase definition={definition} range={range} canAddToNew={canAddToNew} canAddToExisting={canAddToExisting} />
              </EuiFlexItem>
            )}
          </>
        )}
      </EuiFlexGroup>
      {isOpen && (
        <div id={bodyId} data-test-subj="alertsHistogramBody">
          <EuiSpacer size="s" />
          <AlertsHistogramChart definition={definition} request={request} ready={ready} timeZone={timeZone} />
        </div>
      )}
    </EuiPanel>
  );
}
