import { useState } from 'react';
import {
  EuiComboBox,
  EuiFormRow,
  type EuiComboBoxOptionOption,
} from '@elastic/eui';
import { MAX_ASSIGNEES_PER_CASE } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { useBulkGetUserProfiles, useSuggestUsers } from '../../containers/use_user_profiles';
import { BulkEditFlyout, selectionName } from './bulk_edit_flyout';
import type { CaseChange } from './use_case_actions';
import { profileName } from './user_display';

interface EditAssigneesFlyoutProps {
  cases: Case[];
  isLoading: boolean;
  onClose: () => void;
  onSave: (change: CaseChange, summary: string) => void;
}

type UserOption = EuiComboBoxOptionOption<string>;

export function nextAssignees(current: Array<{ uid: string }>, add: string[], remove: string[]): Array<{ uid: string }> {
  const uids = [...new Set([...current.map((a) => a.uid).filter((uid) => !remove.includes(uid)), ...add])];
  return uids.map((uid) => ({ uid }));
}

/** Adds and removes assignees across the selection; users to add are searched on the server. */
export function EditAssigneesFlyout({ cases, isLoading, onClose, onSave }: EditAssigneesFlyoutProps) {
  const [search, setSearch] = useState('');
  const [add, setAdd] = useState<UserOption[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const suggestions = useSuggestUsers(search);
  const onSelection = [...new Set(cases.flatMap((c) => c.assignees.map((a) => a.uid)))];
  const profiles = useBulkGetUserProfiles(onSelection);
  const byUid = new Map((profiles.data ?? []).map((profile) => [profile.uid, profile]));
  const addUids = add.map((option) => option.value as string);
  const tooMany = cases.some((c) => nextAssignees(c.assignees, addUids, remove).length > MAX_ASSIGNEES_PER_CASE);

  const addOptions: UserOption[] = (suggestions.data ?? [])
    .filter((profile) => !remove.includes(profile.uid))
    .map((profile) => ({ label: profileName(profile, profile.uid), value: profile.uid, key: profile.uid }));
  const removeOptions: UserOption[] = onSelection
    .filter((uid) => !addUids.includes(uid))
    .map((uid) => ({ label: profileName(byUid.get(uid), uid), value: uid, key: uid }));

  const save = () => {
    const change: CaseChange = (c) => {
      const after = nextAssignees(c.assignees, addUids, remove);
      const same = after.length === c.assignees.length && after.every((a) => c.assignees.some((b) => b.uid === a.uid));
      return same ? null : { assignees: after };
    };
    onSave(change, `Edited the assignees of ${selectionName(cases)}`);
  };

  return (
    <BulkEditFlyout field="assignees" cases={cases} isLoading={isLoading} canSave={(add.length > 0 || remove.length > 0) && !tooMany} onClose={onClose} onSave={save}>
        <EuiFormRow label="Add assignees" fullWidth>
          <EuiComboBox<string>
            fullWidth
            async
            isLoading={suggestions.isFetching}
            options={addOptions}
            selectedOptions={add}
            onChange={setAdd}
            onSearchChange={setSearch}
            placeholder="Search users"
            data-test-subj="cases-edit-assignees-add"
          />
        </EuiFormRow>
        <EuiFormRow
          label="Remove assignees"
          fullWidth
          isInvalid={tooMany}
          error={tooMany ? `A case can have at most ${MAX_ASSIGNEES_PER_CASE} assignees.` : undefined}
        >
          <EuiComboBox<string>
            fullWidth
            options={removeOptions}
            selectedOptions={removeOptions.filter((option) => remove.includes(option.value as string))}
            onChange={(selected) => setRemove(selected.map((option) => option.value as string))}
            placeholder={onSelection.length === 0 ? 'The selected cases have no assignees' : undefined}
            data-test-subj="cases-edit-assignees-remove"
          />
        </EuiFormRow>
      </BulkEditFlyout>
  );
}
