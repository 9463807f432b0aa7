import { useMemo, useState } from 'react';
import { EuiComboBox, type EuiComboBoxOptionOption, EuiFormErrorText, EuiFormHelpText } from '@elastic/eui';
import { MAX_LENGTH_PER_TAG, MAX_TAGS_PER_CASE } from '../../../common/constants';
import { useGetTags } from '../../containers/use_get_tags';

export interface TagsPickerProps {
  selected: string[];
  onChange(tags: string[]): void;
  isDisabled?: boolean;
  'data-test-subj'?: string;
  /** Set by an enclosing EuiFormRow so that its label points at the input. */
  id?: string;
  isInvalid?: boolean;
}

export const tagTooLongMessage = `A tag can be at most ${MAX_LENGTH_PER_TAG} characters long.`;
export const tooManyTagsMessage = `A case can have at most ${MAX_TAGS_PER_CASE} tags. Remove one to add another.`;

const toOption = (tag: string): EuiComboBoxOptionOption<string> => ({ label: tag, key: tag, 'data-test-subj': `tagsPickerOption-${tag}` });

/** Picks tags among those already used in cases, or new ones typed in; within the server's limits. */
export function TagsPicker({ selected, onChange, isDisabled, 'data-test-subj': dataTestSubj = 'tagsPicker', id, isInvalid }: TagsPickerProps) {
  const { data: existing, isLoading } = useGetTags();
  const [search, setSearch] = useState('');

  const atLimit = selected.length >= MAX_TAGS_PER_CASE;
  const searchTooLong = search.trim().length > MAX_LENGTH_PER_TAG;

  const options = useMemo(() => (atLimit ? [] : (existing ?? []).map(toOption)), [atLimit, existing]);
  const selectedOptions = useMemo(() => selected.map(toOption), [selected]);

  const onCreateOption = (value: string) => {
    const tag = value.trim();
    // Returning false keeps what was typed in the input, so it can be fixed rather than retyped.
    if (!tag || tag.length > MAX_LENGTH_PER_TAG || atLimit) return false;
    if (!selected.includes(tag)) onChange([...selected, tag]);
  };

  return (
    <>
      <EuiComboBox<string>
        id={id}
        fullWidth
        noSuggestions={atLimit}
        isInvalid={isInvalid || searchTooLong}
        isDisabled={isDisabled}
        isLoading={isLoading}
        options={options}
        selectedOptions={selectedOptions}
        onChange={(next) => onChange(next.slice(0, MAX_TAGS_PER_CASE).map((option) => option.label))}
        onCreateOption={onCreateOption}
        onSearchChange={setSearch}
        customOptionText="Add {searchValue} as a tag"
        placeholder={atLimit ? undefined : 'Choose a tag or type a new one'}
        aria-label="Tags"
        data-test-subj={dataTestSubj}
      />
      {searchTooLong ? <EuiFormErrorText data-test-subj={`${dataTestSubj}-tooLong`}>{tagTooLongMessage}</EuiFormErrorText> : null}
      {atLimit ? <EuiFormHelpText data-test-subj={`${dataTestSubj}-limit`}>{tooManyTagsMessage}</EuiFormHelpText> : null}
    </>
  );
}
