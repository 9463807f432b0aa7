import { EuiFormRow, EuiSuperSelect, EuiText } from '@elastic/eui';
import type { TemplateConfiguration } from '../../../common/types/domain/configure';

export const NO_TEMPLATE = '';

export interface TemplatePickerProps {
  templates: TemplateConfiguration[];
  /** `NO_TEMPLATE` when none is picked. */
  selectedKey: string;
  isDisabled?: boolean;
  onChange(template: TemplateConfiguration | null): void;
}

/** "Template" at the top of the create form; nothing when the owner has no templates. */
export function TemplatePicker({ templates, selectedKey, isDisabled, onChange }: TemplatePickerProps) {
  if (templates.length === 0) return null;
  const options = [
    { value: NO_TEMPLATE, inputDisplay: 'No template', 'data-test-subj': 'create-case-template-option-none' },
    ...templates.map((template) => ({
      value: template.key,
      inputDisplay: template.name,
      dropdownDisplay: (
        <>
          <strong>{template.name}</strong>
          {template.description ? (
            <EuiText size="xs" color="subdued">
              <p>{template.description}</p>
            </EuiText>
          ) : null}
        </>
      ),
      'data-test-subj': `create-case-template-option-${template.key}`,
    })),
  ];
  // A draft may name a template an admin has since deleted: the form keeps its values, the picker shows none.
  const valueOfSelected = templates.some((template) => template.key === selectedKey) ? selectedKey : NO_TEMPLATE;
  return (
    <EuiFormRow label="Template" labelAppend="Optional" helpText="Fills the form with the template's values; you can change them before creating the case." fullWidth data-test-subj="caseTemplateRow">
      <EuiSuperSelect
        fullWidth
        options={options}
        valueOfSelected={valueOfSelected}
        disabled={isDisabled}
        onChange={(key) => onChange(templates.find((template) => template.key === key) ?? null)}
        data-test-subj="create-case-template-select"
      />
    </EuiFormRow>
  );
}
