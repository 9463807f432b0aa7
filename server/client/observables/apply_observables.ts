/**
 * The steps every observable change shares: the case read and authorized, the change computed
 * against what it holds, and the case with its one `observables` user action written as one
 * unit at the version the change was computed from. Observables requests carry no case version
 * (Kibana's routes take none), so a case written between our read and our write is read again
 * and the change recomputed, a few times, instead of overwriting what the other writer did.
 */
import { randomUUID } from 'node:crypto';
import { OBSERVABLE_TYPES_BUILTIN } from '../../../common/observables/builtin_observable_types';
import { validateObservableValue } from '../../../common/observables/validators';
import type { ObservablePost } from '../../../common/types/api/observable';
import type { Case } from '../../../common/types/domain/case';
import { observableKey, type CaseObservable } from '../../../common/types/domain/observable';
import { badRequest, conflict } from '../../core';
import type { CaseSavedObject } from '../../services/cases_service';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import { currentConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';
import { toUser } from '../user';
import { userAction } from '../user_actions/builders';
import { ensureRoomForUserActions } from '../user_actions/limit';

export type ObservablesActionType = 'add' | 'update' | 'delete';

/** A change to write: the case's whole new list, and what the user action says of it. */
export interface ObservablesChange {
  observables: CaseObservable[];
  count: number;
  actionType: ObservablesActionType;
}

/** Computes the change from the case as read; undefined writes nothing. May throw a 4xx. */
export type PlanChange = (theCase: CaseSavedObject) => ObservablesChange | undefined | Promise<ObservablesChange | undefined>;

/** How often a change is recomputed when the case moved under it before a 409 is answered. */
const MAX_ATTEMPTS = 3;

const isConflict = (error: unknown) => (error as { statusCode?: number }).statusCode === 409;

/**
 * Reads the case, computes the change and writes it; returns the case as written (or as read,
 * when nothing changed). `authorize` is false only for the server's own extraction, which the
 * attach it follows already authorized.
 */
export async function changeObservables(args: CasesClientArgs, caseId: string, plan: PlanChange, authorize = true): Promise<CaseSavedObject> {
  for (let attempt = 1; ; attempt++) {
    const theCase = await args.services.cases.get(caseId);
    // The owner is only known once the case is read; refused before anything about it is judged.
    if (authorize && attempt === 1) await ensureAuthorizedOnCase(args, Operations.updateCase, theCase);
    const change = await plan(theCase);
    if (!change) return theCase;
    try {
      return await writeChange(args, theCase, change);
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (attempt >= MAX_ATTEMPTS) throw conflict(`This case ${caseId} has been updated. Please refresh before saving additional updates.`);
    }
  }
}

async function writeChange(args: CasesClientArgs, theCase: CaseSavedObject, change: ObservablesChange): Promise<CaseSavedObject> {
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const { cases, userActions } = args.services;
  const common = { caseId: theCase.id, owner: theCase.attributes.owner, user, createdAt: at };
  const action = userAction(common, 'update', 'observables', { observables: { count: change.count, actionType: change.actionType } });
  await ensureRoomForUserActions(args, new Map([[theCase.id, 1]]));
  const results = await cases.commit([
    cases.patchOperation({
      id: theCase.id,
      version: theCase.version,
      attributes: { observables: change.observables, total_observables: change.observables.length, updated_at: at, updated_by: user },
    }),
    ...userActions.createOperations([action]),
  ]);
  return cases.casesOf(results)[0];
}

/** The case as the observables routes answer: GET case without its comments. */
export const observablesAnswer = (args: CasesClientArgs, so: CaseSavedObject): Promise<Case> => caseWithComments(args, so.id, false, so);

/** The built-in type keys and the owner's own (its configuration's `observableTypes`). */
export async function observableTypeKeys(args: CasesClientArgs, owner: string): Promise<Set<string>> {
  const configured = (await currentConfiguration(args, owner))?.attributes.observableTypes ?? [];
  return new Set([...OBSERVABLE_TYPES_BUILTIN.map((t) => t.key), ...configured.map((t) => t.key)]);
}

/** Every observable of a request checked: its type exists for the case's owner, its value fits the type. */
export async function ensureValidObservables(args: CasesClientArgs, owner: string, observables: ObservablePost[]): Promise<void> {
  const keys = await observableTypeKeys(args, owner);
  const unknown = observables.find((o) => !keys.has(o.typeKey));
  if (unknown) throw badRequest(`Invalid observable type, key does not exist: ${unknown.typeKey}`);
  for (const { typeKey, value } of observables) {
    const message = validateObservableValue(typeKey, value);
    if (message) throw badRequest(message);
  }
}

/** The observable a request adds, with Kibana's bookkeeping: a v4 id, and both timestamps set to now. */
export const newObservable = ({ typeKey, value, description }: ObservablePost, at: string): CaseObservable => ({
  id: randomUUID(),
  typeKey,
  value,
  description,
  createdAt: at,
  updatedAt: at,
});

/**
 * Kibana's applyObservablesToCase: the candidates not yet on the case (first occurrence wins),
 * cut silently to the room left under the cap. Undefined when nothing is new, so a repeated
 * extraction or bulk add writes nothing and logs nothing.
 */
export function addingObservables(args: CasesClientArgs, existing: CaseObservable[], candidates: ObservablePost[]): ObservablesChange | undefined {
  const seen = new Set(existing.map((o) => observableKey(o.typeKey, o.value)));
  const at = args.now().toISOString();
  const room = Math.max(0, args.config.observables.maxPerCase - existing.length);
  const added: CaseObservable[] = [];
  for (const candidate of candidates) {
    if (added.length >= room) break;
    const key = observableKey(candidate.typeKey, candidate.value);
    if (seen.has(key)) continue;
    seen.add(key);
    added.push(newObservable(candidate, at));
  }
  return added.length === 0 ? undefined : { observables: [...existing, ...added], count: added.length, actionType: 'add' };
}

export const maxObservablesMessage = (max: number) => `Max ${max} observables per case is allowed.`;
export const DUPLICATED_OBSERVABLES_MESSAGE = 'Invalid duplicated observables in request.';
export const observableNotFound = (id: string) => `Observable ${id} not found`;
