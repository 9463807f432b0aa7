/**
 * The Participants section of the case view: everyone who acted on the case, the reporter
 * first, each with an avatar. An analyst reads it to know whom to ask about a case.
 */
import { EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiLoadingSpinner, EuiSpacer, EuiText, EuiTitle, EuiToolTip } from '@elastic/eui';
import { css } from '@emotion/react';
import type { CaseUser } from '../../../common/types/api/case_users';
import { useGetCaseUsers } from '../../containers/use_get_case_users';
import { UserAvatar } from '../user_profiles/user_avatar';
import { getUserDisplayName, type UserLike } from '../user_profiles/user_display_name';

const keyOf = (person: CaseUser) => person.uid ?? `username:${person.user.username ?? ''}`;

const toUserLike = ({ user }: CaseUser): UserLike => ({
  username: user.username ?? undefined,
  full_name: user.full_name ?? undefined,
  email: user.email ?? undefined,
});

/** The reporter first, then each participant once (the reporter usually acted too). */
export function orderParticipants(reporter: CaseUser, participants: CaseUser[]): CaseUser[] {
  const seen = new Set([keyOf(reporter)]);
  const others = participants.filter((person) => {
    const key = keyOf(person);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [reporter, ...others];
}

/** Long names are cut to the column, with the full name, username and email on hover. */
const nameCss = css`
  min-width: 0;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
`;

function ParticipantRow({ person }: { person: CaseUser }) {
  const user = toUserLike(person);
  const name = getUserDisplayName(user);
  const details = [user.username && user.username !== name ? user.username : undefined, user.email].filter(Boolean).join(' · ');
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} data-test-subj={`case-view-participant-${person.user.username ?? person.uid ?? 'unknown'}`}>
      <EuiFlexItem grow={false}>
        <UserAvatar user={user} size="s" data-test-subj="case-view-participant-avatar" />
      </EuiFlexItem>
      <EuiFlexItem css={nameCss}>
        <EuiToolTip content={details ? `${name} (${details})` : name} display="block">
          <EuiText size="s" css={nameCss} tabIndex={0} data-test-subj="case-view-participant-name">
            {name}
          </EuiText>
        </EuiToolTip>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

function ParticipantsBody({ caseId }: { caseId: string }) {
  const { data, isLoading, isError } = useGetCaseUsers(caseId);
  if (isLoading) return <EuiLoadingSpinner size="m" data-test-subj="case-view-participants-loading" />;
  if (isError || !data) {
    return (
      <EuiText size="s" color="subdued">
        <p>Participants could not be loaded.</p>
      </EuiText>
    );
  }
  return (
    <ul
      aria-label="Participants"
      css={css`
        list-style: none;
        display: grid;
        gap: 8px;
      `}
    >
      {orderParticipants(data.reporter, data.participants).map((person) => (
        <li key={keyOf(person)}>
          <ParticipantRow person={person} />
        </li>
      ))}
    </ul>
  );
}

export function Participants({ caseId }: { caseId: string }) {
  return (
    <section data-test-subj="case-view-user-list-participants" aria-label="Participants">
      <EuiTitle size="xxs">
        <h3>Participants</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
      <ParticipantsBody caseId={caseId} />
      <EuiHorizontalRule margin="m" />
    </section>
  );
}
