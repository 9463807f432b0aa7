/**
 * One of the case's boolean settings as a switch, saved the way the sidebar's alert sync switch
 * is: it moves at once and goes back if the save fails; a stale version is a conflict like any
 * edit, with the choice kept to apply again. Every setting goes out in one `settings` object, so
 * all of them share the `settings` field of the conflict-safe update.
 */
import { useRef, useState, type ReactNode } from 'react';
import { EuiSwitch } from '@elastic/eui';
import type { CaseSettings } from '../../../common/types/domain/settings';
import { useCaseEdit } from '../case_view/case_edit_context';

type BooleanSetting = { [K in keyof CaseSettings]-?: NonNullable<CaseSettings[K]> extends boolean ? K : never }[keyof CaseSettings];

export interface CaseSettingSwitchProps {
  setting: BooleanSetting;
  label: ReactNode;
  /** How the conflict callout and the error toast name it: "observable extraction setting". */
  what: string;
  'data-test-subj': string;
}

export function useCaseSetting(setting: BooleanSetting): boolean {
  const { caseData, pendingValue } = useCaseEdit();
  // A case written before the setting existed has none: off, as the server reads it.
  return pendingValue<CaseSettings>('settings')?.[setting] ?? caseData.settings[setting] ?? false;
}

export function CaseSettingSwitch({ setting, label, what, 'data-test-subj': testSubj }: CaseSettingSwitchProps) {
  const { caseData, updateCase, isSaving, permissions } = useCaseEdit();
  const [requested, setRequested] = useState<boolean | null>(null);
  const settings = useRef(caseData.settings);
  settings.current = caseData.settings;
  const saved = useCaseSetting(setting);
  const checked = requested ?? saved;

  const toggle = async (next: boolean) => {
    setRequested(next);
    // The other settings go as they are when the request leaves (a re-apply included).
    await updateCase('settings', what, () => ({ settings: { ...settings.current, [setting]: next } }));
    setRequested(null);
  };

  return (
    <EuiSwitch
      label={label}
      checked={checked}
      // Disabled, not hidden, for a caller without update: the setting stays readable.
      disabled={!permissions.update || isSaving('settings')}
      onChange={(event) => void toggle(event.target.checked)}
      compressed
      data-test-subj={testSubj}
    />
  );
}
