import { useState } from 'react';
import { EuiComboBox, EuiFormRow } from '@elastic/eui';
import { MAX_LENGTH_PER_TAG, MAX_TAGS_PER_CASE } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { useGetTags } from '../../containers/use_get_tags';
import { BulkEditFlyout, selectionName } from './bulk_edit_flyout';
import type { CaseChange } from './use_case_actions';

interface EditTagsFlyoutProps {
  cases: Case[];
  isLoading: boolean;
  onClose: () => void;
  onSave: (change: CaseChange, summary: string) => void;
}

const toOptions = (values: string[]) => values.map((label) => ({ label }));

/** The tags each case ends with: what it had, minus the removed ones, plus the added ones. */
export function nextTags(current: string[], add: string[], remove: string[]): string[] {
  return [...new Set([...current.filter((tag) => !remove.includes(tag)), ...add])];
}

/** Adds and removes tags across the selection without touching the other tags of each case. */
export function EditTagsFlyout({ cases, isLoading, onClose, onSave }: EditTagsFlyoutProps) {
  const tags = useGetTags();
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const onSelection = [...new Set(cases.flatMap((c) => c.tags))].sort();
  const tooMany = cases.some((c) => nextTags(c.tags, add, remove).length > MAX_TAGS_PER_CASE);

  const save = () => {
    const change: CaseChange = (c) => {
      const tagsAfter = nextTags(c.tags, add, remove);
      const same = tagsAfter.length === c.tags.length && tagsAfter.every((tag) => c.tags.includes(tag));
      return same ? null : { tags: tagsAfter };
    };
    onSave(change, `Edited the tags of ${selectionName(cases)}`);
  };

  return (
    <BulkEditFlyout field="tags" cases={cases} isLoading={isLoading} canSave={(add.length > 0 || remove.length > 0) && !tooMany} onClose={onClose} onSave={save}>
        <EuiFormRow label="Add tags" fullWidth helpText="Pick existing tags or type a new one and press Enter.">
          <EuiComboBox
            fullWidth
            isLoading={tags.isLoading}
            options={toOptions((tags.data ?? []).filter((tag) => !remove.includes(tag)))}
            selectedOptions={toOptions(add)}
            onChange={(selected) => setAdd(selected.map((option) => option.label))}
            onCreateOption={(value) => {
              const tag = value.trim();
              if (!tag || tag.length > MAX_LENGTH_PER_TAG) return false;
              setAdd((current) => [...new Set([...current, tag])]);
            }}
            customOptionText="Add {searchValue} as a new tag"
            data-test-subj="cases-edit-tags-add"
          />
        </EuiFormRow>
        <EuiFormRow
          label="Remove tags"
          fullWidth
          isInvalid={tooMany}
          error={tooMany ? `A case can have at most ${MAX_TAGS_PER_CASE} tags.` : undefined}
        >
          <EuiComboBox
            fullWidth
            options={toOptions(onSelection.filter((tag) => !add.includes(tag)))}
            selectedOptions={toOptions(remove)}
            onChange={(selected) => setRemove(selected.map((option) => option.label))}
            noSuggestions={onSelection.length === 0}
            placeholder={onSelection.length === 0 ? 'The selected cases have no tags' : undefined}
            data-test-subj="cases-edit-tags-remove"
          />
        </EuiFormRow>
      </BulkEditFlyout>
  );
}
