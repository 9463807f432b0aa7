import { useMemo, useState } from 'react';
import { css } from '@emotion/react';
import { EuiComboBox, type EuiComboBoxOptionOption, EuiFlexGroup, EuiFlexItem, EuiFormHelpText, EuiText, EuiTextColor } from '@elastic/eui';
import { MAX_ASSIGNEES_PER_CASE } from '../../../common/constants';
import type { UserProfile } from '../../../common/core/user_profile';
import { useBulkGetUserProfiles, useSuggestUsers } from '../../containers/use_user_profiles';
import { useDebouncedValue } from './use_debounced_value';
import { UserAvatar } from './user_avatar';
import { getUserDisplayName } from './user_display_name';

export const SUGGEST_DEBOUNCE_MS = 300;

export interface Assignee {
  uid: string;
}

export interface AssigneesPickerProps {
  selected: Assignee[];
  onChange(assignees: Assignee[]): void;
  isDisabled?: boolean;
  'data-test-subj'?: string;
  /** Set by an enclosing EuiFormRow so that its label points at the input. */
  id?: string;
  isInvalid?: boolean;
}

type Option = EuiComboBoxOptionOption<UserProfile>;

const optionLabelStyle = css`
  min-width: 0;
`;

function toOption(uid: string, profile: UserProfile | undefined): Option {
  // A uid without a profile (deleted user, profiles still loading) still shows, as itself.
  return { key: uid, label: profile ? getUserDisplayName(profile.user) : uid, value: profile, 'data-test-subj': `comboBoxAssigneesOption-${uid}` };
}

function renderOption(option: Option) {
  const profile = option.value;
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <UserAvatar profile={profile} size="s" />
      </EuiFlexItem>
      <EuiFlexItem css={optionLabelStyle}>
        <EuiText size="s" className="eui-textTruncate">
          {option.label}
          {profile?.user.email && profile.user.email !== option.label ? <EuiTextColor color="subdued"> {profile.user.email}</EuiTextColor> : null}
        </EuiText>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

/** Picks up to MAX_ASSIGNEES_PER_CASE users, searching user profiles as the user types. */
export function AssigneesPicker({ selected, onChange, isDisabled, 'data-test-subj': dataTestSubj = 'comboBoxAssignees', id, isInvalid }: AssigneesPickerProps) {
  const [search, setSearch] = useState('');
  const debouncedSearch = useDebouncedValue(search.trim(), SUGGEST_DEBOUNCE_MS);
  const suggestions = useSuggestUsers(debouncedSearch);
  const selectedUids = useMemo(() => selected.map((assignee) => assignee.uid), [selected]);
  const { data: selectedProfiles } = useBulkGetUserProfiles(selectedUids);
  // Profiles chosen from suggestions name their pill at once, before the bulk get answers.
  const [picked, setPicked] = useState<Map<string, UserProfile>>(() => new Map());

  const atLimit = selected.length >= MAX_ASSIGNEES_PER_CASE;

  const selectedOptions = useMemo(() => {
    const known = new Map(picked);
    (selectedProfiles ?? []).forEach((profile) => known.set(profile.uid, profile));
    return selectedUids.map((uid) => toOption(uid, known.get(uid)));
  }, [picked, selectedProfiles, selectedUids]);

  const options = useMemo(() => {
    if (atLimit) return [];
    const taken = new Set(selectedUids);
    return (suggestions.data ?? []).filter((profile) => !taken.has(profile.uid)).map((profile) => toOption(profile.uid, profile));
  }, [atLimit, selectedUids, suggestions.data]);

  const handleChange = (next: Option[]) => {
    const limited = next.slice(0, MAX_ASSIGNEES_PER_CASE);
    setPicked((current) => {
      const updated = new Map(current);
      limited.forEach((option) => option.value && updated.set(option.value.uid, option.value));
      return updated;
    });
    onChange(limited.map((option) => ({ uid: String(option.key) })));
  };

  return (
    <>
      <EuiComboBox<UserProfile>
        id={id}
        fullWidth
        async
        isInvalid={isInvalid}
        isDisabled={isDisabled}
        isLoading={suggestions.isFetching || search.trim() !== debouncedSearch}
        placeholder={atLimit ? undefined : 'Search users by name, username or email'}
        options={options}
        selectedOptions={selectedOptions}
        onChange={handleChange}
        onSearchChange={setSearch}
        renderOption={renderOption}
        rowHeight={32}
        aria-label="Assignees"
        data-test-subj={dataTestSubj}
      />
      {atLimit ? (
        <EuiFormHelpText data-test-subj={`${dataTestSubj}-limit`}>
          {`A case can have at most ${MAX_ASSIGNEES_PER_CASE} assignees. Remove one to add another.`}
        </EuiFormHelpText>
      ) : null}
    </>
  );
}
