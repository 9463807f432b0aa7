/** The read view of a case's connector fields: each set field by its label and the choice's label. */
import { EuiDescriptionList, EuiText } from '@elastic/eui';

export interface FieldRow {
  title: string;
  description: string | null;
}

export function FieldsViewList({ rows, testSubj }: { rows: FieldRow[]; testSubj: string }) {
  const set = rows.filter((row): row is { title: string; description: string } => row.description !== null && row.description !== '');
  if (set.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj={testSubj}>
        <p>No fields set.</p>
      </EuiText>
    );
  }
  return <EuiDescriptionList compressed type="column" listItems={set} data-test-subj={testSubj} />;
}
