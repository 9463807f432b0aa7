/**
 * "Add to case" on the trend chart: the chart goes to a new or an existing case as Kibana's Lens
 * attachment, through the same dialogs as selected alerts. Its time range is fixed at the moment
 * of adding ("last 24 hours" becomes the two instants it means now), so the chart in the case
 * never moves. The data sources (the alerts source's data view for the Lens state) are asked
 * when the menu first opens, and the Lens writer is loaded then: the page itself needs neither.
 */
import { useState } from 'react';
import { EuiButtonEmpty, EuiContextMenuItem } from '@elastic/eui';
import type { VisualizationDefinition } from '../../../common/visualizations/definition';
import { useVisualizationDataSources } from '../../containers/use_visualization_data';
import { useCore } from '../../core';
import { ActionsMenuPopover } from './actions_menu_popover';
import { AddToCaseDialogs, type AddToCaseRequest } from './add_to_case_dialogs';
import { resolveTimeRange, type TimeRange } from './alerts_page_state';
import { visualizationSelection } from './case_attachment_selection';

const loadLensWriter = () => import('../../../common/visualizations/lens/write_lens');

interface HistogramAddToCaseProps {
  definition: VisualizationDefinition;
  /** The page's range as date math: resolved when the user adds, not when the chart was drawn. */
  range: TimeRange;
  canAddToNew: boolean;
  canAddToExisting: boolean;
}

export function HistogramAddToCase({ definition, range, canAddToNew, canAddToExisting }: HistogramAddToCaseProps) {
  const { toasts } = useCore();
  const [wanted, setWanted] = useState(false);
  const [request, setRequest] = useState<AddToCaseRequest>(null);
  const sources = useVisualizationDataSources({ enabled: wanted });

  const add = async (target: 'new' | 'existing') => {
    const { from, to } = resolveTimeRange(range);
    try {
      if (!from || !to) throw new Error(`The time range "${range.start}" to "${range.end}" does not resolve to two dates.`);
      const [{ writeLens }, loaded] = await Promise.all([loadLensWriter(), sources.data ?? sources.refetch({ throwOnError: true }).then((result) => result.data)]);
      const source = loaded?.sources.find((candidate) => candidate.id === definition.source);
      if (!source) throw new Error('You may not read alerts in this space.');
      const visualization = { attributes: writeLens(definition, source), timeRange: { from, to } };
      setRequest({ target, selection: visualizationSelection(visualization, definition.title) });
    } catch (error) {
      toasts.addError(error, { title: 'The chart could not be added to a case' });
    }
  };

  const items = (close: () => void) => [
    ...(canAddToNew
      ? [
          <EuiContextMenuItem key="new" icon="plusCircle" onClick={() => (close(), void add('new'))} data-test-subj="alertsHistogramAddToNewCase">
            Add to new case
          </EuiContextMenuItem>,
        ]
      : []),
    ...(canAddToExisting
      ? [
          <EuiContextMenuItem key="existing" icon="folderOpen" onClick={() => (close(), void add('existing'))} data-test-subj="alertsHistogramAddToExistingCase">
            Add to existing case
          </EuiContextMenuItem>,
        ]
      : []),
  ];

  return (
    <>
      <ActionsMenuPopover
        data-test-subj="alertsHistogramAddToCaseMenu"
        button={(toggle) => (
          <EuiButtonEmpty
            size="xs"
            iconType="chevronSingleDown"
            iconSide="right"
            onClick={() => {
              setWanted(true);
              void loadLensWriter();
              toggle();
            }}
            data-test-subj="alertsHistogramAddToCase"
          >
            Add to case
          </EuiButtonEmpty>
        )}
        items={items}
      />
      <AddToCaseDialogs request={request} onClose={() => setRequest(null)} onDone={() => setRequest(null)} />
    </>
  );
}
