/**
 * The people of one case, as Kibana's `GET /internal/cases/{case_id}/_users` answers: who acted
 * on it (from its user actions), who is assigned, who was assigned and no longer is, and who
 * reported it. Names come from the user's profile when they still have one, else as recorded.
 */
import { MAX_CASE_PARTICIPANTS } from '../../../common/constants';
import type { CaseUser, GetCaseUsersResponse } from '../../../common/types/api/case_users';
import type { User } from '../../../common/types/domain/user';
import type { UserSummary } from '../../core';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

type Profiles = Map<string, UserSummary>;

/** The profile's names win; the recorded ones stand in for users without a profile (API keys, removed users). */
export function toCaseUser(profiles: Profiles, uid: string | undefined, recorded?: User): CaseUser {
  const profile = uid === undefined ? undefined : profiles.get(uid);
  const user = {
    email: profile?.email ?? recorded?.email ?? null,
    full_name: profile?.full_name ?? recorded?.full_name ?? null,
    username: profile?.username ?? recorded?.username ?? null,
  };
  return uid === undefined ? { user } : { user, uid };
}

async function lookUpProfiles(args: CasesClientArgs, uids: Iterable<string>): Promise<Profiles> {
  const unique = [...new Set(uids)].filter((uid) => uid !== '');
  const found = await Promise.all(unique.map(async (uid) => [uid, await args.users.getByProfileUid(uid)] as const));
  return new Map(found.filter((entry): entry is readonly [string, UserSummary] => entry[1] !== undefined));
}

/** Each actor as their latest action recorded them; an actor whose actions vanished meanwhile is left out. */
async function readParticipants(args: CasesClientArgs, caseId: string): Promise<User[]> {
  const usernames = await args.services.caseUsers.actorUsernames(caseId, MAX_CASE_PARTICIPANTS);
  const records = await Promise.all(usernames.map((username) => args.services.caseUsers.latestRecordOf(caseId, username)));
  return records.filter((record): record is User => record !== undefined);
}

export async function getCaseUsers(args: CasesClientArgs, caseId: string): Promise<GetCaseUsersResponse> {
  // A missing case, or one of another space, is a 404 before anything else is read.
  const theCase = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getUserActionUsers, theCase);

  const [participants, everAssigned] = await Promise.all([readParticipants(args, caseId), args.services.caseUsers.assignmentHistoryUids(caseId)]);
  const reporter = theCase.attributes.created_by;
  const assigneeUids = theCase.attributes.assignees.map((assignee) => assignee.uid);
  const participantUids = participants.flatMap((p) => (p.profile_uid ? [p.profile_uid] : []));

  // As Kibana: someone listed as a participant, assignee or reporter is not listed again as unassigned.
  const listed = new Set([...participantUids, ...assigneeUids, ...(reporter.profile_uid ? [reporter.profile_uid] : [])]);
  const unassignedUids = everAssigned.filter((uid) => !listed.has(uid)).slice(0, MAX_CASE_PARTICIPANTS);

  const profiles = await lookUpProfiles(args, [...listed, ...unassignedUids]);
  return {
    participants: participants.map((p) => toCaseUser(profiles, p.profile_uid, p)),
    assignees: assigneeUids.map((uid) => toCaseUser(profiles, uid)),
    unassignedUsers: unassignedUids.map((uid) => toCaseUser(profiles, uid)),
    reporter: toCaseUser(profiles, reporter.profile_uid, reporter),
  };
}
