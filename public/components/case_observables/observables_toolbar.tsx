/**
 * Above the observables: how many the case holds, the extraction switch, the search of every
 * case of the space for a value, and (for a caller who may update the case) "Add observable".
 * It wraps to two lines on a laptop rather than squeezing the search field.
 */
import { useGetConfigurationLimits } from '../../containers/use_get_configuration_limits';
import { EuiButton, EuiFieldSearch, EuiFlexGroup, EuiFlexItem, EuiIconTip, EuiText } from '@elastic/eui';
import { CaseSettingSwitch } from './case_setting_switch';

interface ObservablesToolbarProps {
  total: number;
  /** How many the Attachments search leaves; the same as `total` without a search. */
  shown: number;
  onSearchAllCases(value: string): void;
  /** Absent for a caller who may not update the case. */
  onAdd?: () => void;
}

const countText = (count: number, max: number) => `${count} of ${max} ${max === 1 ? 'observable' : 'observables'}`;

function ExtractSwitch() {
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <CaseSettingSwitch setting="extractObservables" label="Extract observables from alerts" what="observable extraction setting" data-test-subj="extract-observables-switch" />
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiIconTip
          type="info"
          content="When on, the IPs, host names, file hashes and paths, domains and agent ids of the alerts and events attached from now on are added here."
          aria-label="About extracting observables"
        />
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

export function ObservablesToolbar({ total, shown, onSearchAllCases, onAdd }: ObservablesToolbarProps) {
  const max = useGetConfigurationLimits().observablesPerCase;
  return (
    <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="m" wrap responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiFlexGroup alignItems="center" gutterSize="l" wrap responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiText size="s" color="subdued" data-test-subj="case-observables-count">
              {countText(total, max)}
              {shown !== total ? `, ${shown} shown` : ''}
            </EuiText>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <ExtractSwitch />
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlexItem>
      <EuiFlexItem grow={false} css={{ flexBasis: 560, maxWidth: '100%' }}>
        <EuiFlexGroup alignItems="center" gutterSize="s" responsive={false}>
          <EuiFlexItem css={{ minWidth: 0 }}>
            <EuiFieldSearch
              fullWidth
              compressed
              placeholder="Search all cases for a value"
              onSearch={(value) => value.trim() !== '' && onSearchAllCases(value.trim())}
              aria-label="Search all cases of this space for an observable value"
              data-test-subj="observables-search-all-input"
            />
          </EuiFlexItem>
          {onAdd && (
            <EuiFlexItem grow={false}>
              <EuiButton size="s" iconType="plusCircle" onClick={onAdd} data-test-subj="case-observables-add">
                Add observable
              </EuiButton>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}
