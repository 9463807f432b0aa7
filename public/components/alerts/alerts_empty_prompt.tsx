import { EuiButton, EuiEmptyPrompt } from '@elastic/eui';
import { ALERTS_INGEST_URL } from '../../../common/constants';
import { useCore } from '../../core';
import { useLoadSampleAlerts } from '../../containers/use_load_sample_alerts';

/**
 * A space without a single alert: the newcomer's first screen. One click loads a realistic set
 * (rules, hosts, users, 30 days) to explore; the ingest API is named for real data.
 */
export function AlertsEmptyPrompt() {
  const { toasts } = useCore();
  const load = useLoadSampleAlerts();
  // Not mutate()'s callbacks: the re-read that follows the load replaces this prompt with the
  // table, and callbacks of an unmounted mutate() never run. The promise settles regardless.
  const onLoad = () =>
    load.mutateAsync().then(
      ({ alerts, events }) =>
        toasts.addSuccess({
          title: 'Sample data loaded',
          text: `${alerts.toLocaleString('en-US')} alerts and ${events.toLocaleString('en-US')} events were added to this space.`,
          'data-test-subj': 'sample-data-success-toast',
        }),
      (error: unknown) => toasts.addError(error, { title: 'The sample data could not be loaded' }),
    );
  return (
    <EuiEmptyPrompt
      iconType="securitySignalDetected"
      title={<h2>No alerts in this space yet</h2>}
      body={
        <p>
          Detection rules write alerts here; send your own ECS alerts to <code>POST {ALERTS_INGEST_URL}</code>. Or load a realistic
          sample to explore: rules, hosts, users and 30 days of alerts and events.
        </p>
      }
      actions={
        <EuiButton fill iconType="plusCircle" onClick={onLoad} isLoading={load.isPending} data-test-subj="alerts-add-sample-data">
          {load.isPending ? 'Adding sample alerts…' : 'Add sample alerts'}
        </EuiButton>
      }
      data-test-subj="alerts-empty-prompt"
    />
  );
}
