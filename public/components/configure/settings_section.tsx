import type { ReactNode } from 'react';
import { EuiDescribedFormGroup, EuiTitle } from '@elastic/eui';

interface SettingsSectionProps {
  title: string;
  description: ReactNode;
  children: ReactNode;
  'data-test-subj': string;
}

/**
 * One section of the Settings page: what it is on the left, its controls on the right, as
 * Kibana lays the page out. EUI stacks the two columns on narrow screens.
 */
export function SettingsSection({ title, description, children, 'data-test-subj': testSubj }: SettingsSectionProps) {
  return (
    <EuiDescribedFormGroup
      fullWidth
      ratio="third"
      title={
        <EuiTitle size="s">
          <h2>{title}</h2>
        </EuiTitle>
      }
      description={description}
      data-test-subj={testSubj}
    >
      {children}
    </EuiDescribedFormGroup>
  );
}
