import { EuiComboBox, type EuiComboBoxOptionOption } from '@elastic/eui';
import { MAX_TAGS_PER_TEMPLATE, MAX_TEMPLATE_TAG_LENGTH } from '../../../common/constants';

interface TemplateTagsInputProps {
  selected: string[];
  onChange(tags: string[]): void;
  isInvalid?: boolean;
  id?: string;
}

const toOption = (tag: string): EuiComboBoxOptionOption<string> => ({ label: tag, key: tag });

/**
 * The template's own tags, which sort templates in the picker: a template's limits (10 tags of
 * 50 characters), not a case's, so the case tags picker does not fit.
 */
export function TemplateTagsInput({ selected, onChange, isInvalid, id }: TemplateTagsInputProps) {
  const onCreateOption = (value: string) => {
    const tag = value.trim();
    // false keeps the typed text in the input, to be fixed rather than retyped.
    if (!tag || tag.length > MAX_TEMPLATE_TAG_LENGTH || selected.length >= MAX_TAGS_PER_TEMPLATE) return false;
    if (!selected.includes(tag)) onChange([...selected, tag]);
  };
  return (
    <EuiComboBox
      id={id}
      fullWidth
      noSuggestions
      selectedOptions={selected.map(toOption)}
      onCreateOption={onCreateOption}
      onChange={(options) => onChange(options.map((option) => option.label))}
      isInvalid={isInvalid}
      aria-label="Template tags"
      data-test-subj="template-tags-input"
    />
  );
}
