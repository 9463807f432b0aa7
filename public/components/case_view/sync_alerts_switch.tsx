/**
 * Kibana's "Sync alert status with case status" setting, in the sidebar. The switch moves at
 * once (the analyst sees their choice while it saves) and goes back if the save fails; a stale
 * version is a conflict like any sidebar edit, with the choice kept to apply again.
 */
import { useRef, useState } from 'react';
import { EuiHorizontalRule, EuiSpacer, EuiSwitch, EuiText, EuiTitle } from '@elastic/eui';
import type { CaseSettings } from '../../../common/types/domain/settings';
import { useCaseEdit } from './case_edit_context';

export function SyncAlertsSwitch() {
  const { caseData, updateCase, isSaving, pendingValue, permissions } = useCaseEdit();
  const [requested, setRequested] = useState<boolean | null>(null);
  const settings = useRef(caseData.settings);
  settings.current = caseData.settings;
  const checked = requested ?? pendingValue<CaseSettings>('settings')?.syncAlerts ?? caseData.settings.syncAlerts;

  const toggle = async (next: boolean) => {
    setRequested(next);
    // The other settings are sent as they are when the request goes out (a re-apply included).
    await updateCase('settings', 'alert sync setting', () => ({ settings: { ...settings.current, syncAlerts: next } }));
    setRequested(null);
  };

  return (
    <section data-test-subj="case-view-settings" aria-label="Settings">
      <EuiTitle size="xxs">
        <h3>Settings</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      <EuiSwitch
        label="Sync alert status with case status"
        checked={checked}
        // Kibana disables (not hides) it for a caller without update: the setting stays readable.
        disabled={!permissions.update || isSaving('settings')}
        onChange={(event) => void toggle(event.target.checked)}
        compressed
        data-test-subj="sync-alerts-switch"
      />
      <EuiSpacer size="xs" />
      <EuiText size="xs" color="subdued">
        <p data-test-subj="sync-alerts-help">
          {checked
            ? 'The alerts in this case follow its status: in progress acknowledges them, closing closes them.'
            : 'The alerts in this case keep their own status.'}
        </p>
      </EuiText>
      <EuiHorizontalRule margin="m" />
    </section>
  );
}
