import { useState } from 'react';
import { EuiRadioGroup } from '@elastic/eui';
import type { ClosureType } from '../../../common/constants';
import type { PageActions } from './page_actions';
import { SettingsSection } from './settings_section';

const OPTIONS: Array<{ id: ClosureType; label: string; 'data-test-subj': string }> = [
  { id: 'close-by-user', label: 'Manually close Security cases', 'data-test-subj': 'closure-option-close-by-user' },
  {
    id: 'close-by-pushing',
    label: 'Automatically close Security cases when pushing new incident to external system',
    'data-test-subj': 'closure-option-close-by-pushing',
  },
];

/** How cases close; saved the moment it changes, as Kibana's page does. */
export function ClosureOptions({ closureType, actions }: { closureType: ClosureType; actions: PageActions }) {
  // The choice shows at once and until the save settles; then the saved (or reloaded) value.
  const [pending, setPending] = useState<ClosureType | null>(null);
  const onChange = async (id: string) => {
    const next = id as ClosureType;
    setPending(next);
    await actions.saveFromPage(() => ({ closure_type: next }), 'closure option');
    setPending(null);
  };
  return (
    <SettingsSection
      title="Case closures"
      description="Define how to close your cases. Automatic closures require an established connection to an external incident management system."
      data-test-subj="case-closure-section"
    >
      <EuiRadioGroup
        name="closure_type"
        legend={{ children: 'Case closure options', display: 'hidden' }}
        options={OPTIONS}
        idSelected={pending ?? closureType}
        disabled={actions.isSaving}
        onChange={(id) => void onChange(id)}
        data-test-subj="closure-options-radio-group"
      />
    </SettingsSection>
  );
}
