import { useMemo, useState } from 'react';
import { EuiComboBox, type EuiComboBoxOptionOption, EuiFormErrorText } from '@elastic/eui';
import { MAX_CATEGORY_LENGTH } from '../../../common/constants';
import { useGetCategories } from '../../containers/use_get_categories';

export interface CategoryPickerProps {
  value: string | null;
  onChange(value: string | null): void;
  isDisabled?: boolean;
  'data-test-subj'?: string;
  /** Set by an enclosing EuiFormRow so that its label points at the input. */
  id?: string;
  isInvalid?: boolean;
}

export const categoryTooLongMessage = `A category can be at most ${MAX_CATEGORY_LENGTH} characters long.`;

const toOption = (category: string): EuiComboBoxOptionOption<string> => ({
  label: category,
  key: category,
  'data-test-subj': `categoryPickerOption-${category}`,
});

/** Picks one category among those already used in cases, or a new one typed in. */
export function CategoryPicker({ value, onChange, isDisabled, 'data-test-subj': dataTestSubj = 'categoryPicker', id, isInvalid }: CategoryPickerProps) {
  const { data: existing, isLoading } = useGetCategories();
  const [search, setSearch] = useState('');
  const searchTooLong = search.trim().length > MAX_CATEGORY_LENGTH;

  const options = useMemo(() => (existing ?? []).map(toOption), [existing]);
  const selectedOptions = useMemo(() => (value ? [toOption(value)] : []), [value]);

  const onCreateOption = (typed: string) => {
    const category = typed.trim();
    if (!category || category.length > MAX_CATEGORY_LENGTH) return false;
    onChange(category);
  };

  return (
    <>
      <EuiComboBox<string>
        id={id}
        fullWidth
        singleSelection={{ asPlainText: true }}
        isClearable
        isInvalid={isInvalid || searchTooLong}
        isDisabled={isDisabled}
        isLoading={isLoading}
        options={options}
        selectedOptions={selectedOptions}
        onChange={(next) => onChange(next[0]?.label ?? null)}
        onCreateOption={onCreateOption}
        onSearchChange={setSearch}
        customOptionText="Add {searchValue} as a category"
        placeholder="Choose a category or type a new one"
        aria-label="Category"
        data-test-subj={dataTestSubj}
      />
      {searchTooLong ? <EuiFormErrorText data-test-subj={`${dataTestSubj}-tooLong`}>{categoryTooLongMessage}</EuiFormErrorText> : null}
    </>
  );
}
