import { EuiFormFieldset, EuiRadio, EuiRadioGroup, EuiSpacer, EuiText, useGeneratedHtmlId } from '@elastic/eui';
import { type ConflictMode } from './types';

interface ConflictOptionsProps {
  value: ConflictMode;
  onChange(value: ConflictMode): void;
  /** The import's or the copy's own prefix, so both flyouts' subjects stay distinct. */
  testPrefix: string;
  disabled?: boolean;
}

/**
 * Kibana's choice for objects that already exist in the destination: check for them (and
 * overwrite at once or ask for each), or create every object anew under a random id.
 */
export function ConflictOptions({ value, onChange, testPrefix, disabled }: ConflictOptionsProps) {
  const checkId = useGeneratedHtmlId({ prefix: 'checkExisting' });
  const newCopiesId = useGeneratedHtmlId({ prefix: 'createNewCopies' });
  const overwriteId = useGeneratedHtmlId({ prefix: 'overwrite' });
  const askId = useGeneratedHtmlId({ prefix: 'ask' });
  return (
    <EuiFormFieldset legend={{ children: 'Import options' }} data-test-subj={`${testPrefix}-options`}>
      <EuiRadio
        id={checkId}
        label="Check for existing objects"
        checked={!value.createNewCopies}
        disabled={disabled}
        onChange={() => onChange({ ...value, createNewCopies: false })}
        data-test-subj={`${testPrefix}-check-existing`}
      />
      <EuiSpacer size="xs" />
      <div style={{ paddingLeft: 24 }}>
        <EuiRadioGroup
          idSelected={value.overwrite ? overwriteId : askId}
          disabled={disabled || value.createNewCopies}
          onChange={(id) => onChange({ ...value, overwrite: id === overwriteId })}
          options={[
            { id: overwriteId, label: 'Automatically overwrite conflicts', 'data-test-subj': `${testPrefix}-overwrite` },
            { id: askId, label: 'Request action on conflict', 'data-test-subj': `${testPrefix}-ask` },
          ]}
        />
      </div>
      <EuiSpacer size="s" />
      <EuiRadio
        id={newCopiesId}
        label={
          <>
            Create new objects with random IDs
            <EuiText size="xs" color="subdued">
              Every object gets a new ID: nothing in the destination is overwritten.
            </EuiText>
          </>
        }
        checked={value.createNewCopies}
        disabled={disabled}
        onChange={() => onChange({ ...value, createNewCopies: true })}
        data-test-subj={`${testPrefix}-create-new-copies`}
      />
    </EuiFormFieldset>
  );
}
