/**
 * Compares one answer with the oracle. Three ways to be wrong:
 *   escape: the oracle refuses and the server did it anyway (or a search showed the owner's
 *           case to a role that may not read it);
 *   wrong refusal: the oracle allows and the server refused (or a search hid the case from a
 *           reader);
 *   unexpected: anything else off the table: a refusal with the wrong status (403 for 404),
 *           a 5xx, a 4xx the superuser did not get.
 */
import { allows, hasAnyPrivilege, readsAnyOwner, type TestRole } from './privilege_oracle';
import type { Answer } from './rbac_client';
import type { RouteCall } from './route_expectations';
import { OWNER, type SpaceFixtures } from './space_fixtures';

export interface Expected {
  allow: boolean;
  /** The status a refusal must have. */
  refusal: 403 | 404;
  /** Searches: whether the answer must show the owner's case. */
  mustReveal?: boolean;
}

export function expected(call: RouteCall, role: TestRole, space: string): Expected {
  const readsOwner = allows(role, space, OWNER, ['read']);
  switch (call.kind) {
    case 'open':
      return { allow: true, refusal: 403 };
    case 'search':
      return { allow: readsAnyOwner(role, space), refusal: 403, mustReveal: call.reveals ? readsOwner : undefined };
    case 'create':
      return { allow: allows(role, space, OWNER, call.needs ?? []), refusal: 403 };
    case 'byId':
      return { allow: allows(role, space, OWNER, call.needs ?? []), refusal: hasAnyPrivilege(role, space) ? 403 : 404 };
  }
}

export type Verdict = 'ok' | 'escape' | 'wrongRefusal' | 'unexpected';

const isSuccess = (status: number) => status >= 200 && status < 300;
const isRefusal = (status: number) => status === 403 || status === 404;

/**
 * `superuserStatus`: what the superuser got for the same call in the same space. An allowed call
 * may answer the same 4xx (a business refusal, not an authorization one).
 */
export function judge(call: RouteCall, exp: Expected, answer: Answer, fx: SpaceFixtures, superuserStatus: number | undefined): { verdict: Verdict; note: string } {
  const { status } = answer;
  if (exp.allow) {
    const sameAsSuperuser = superuserStatus !== undefined && status === superuserStatus && !isRefusal(status) && status >= 400 && status < 500;
    if (isSuccess(status) || sameAsSuperuser) {
      if (exp.mustReveal === undefined || !call.reveals || !isSuccess(status)) return { verdict: 'ok', note: '' };
      const revealed = call.reveals(answer, fx);
      if (revealed === exp.mustReveal) return { verdict: 'ok', note: '' };
      return revealed ? { verdict: 'escape', note: "shows the owner's case to a role that may not read it" } : { verdict: 'wrongRefusal', note: "hides the owner's case from a reader" };
    }
    if (isRefusal(status)) return { verdict: 'wrongRefusal', note: '' };
    return { verdict: 'unexpected', note: `expected success (superuser got ${superuserStatus})` };
  }
  if (isSuccess(status)) return { verdict: 'escape', note: '' };
  if (status === exp.refusal) return { verdict: 'ok', note: '' };
  return { verdict: 'unexpected', note: `expected refusal ${exp.refusal}` };
}
