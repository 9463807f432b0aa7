/**
 * Who may export or import cases (and their comments and user actions) of which owners: the
 * cases authorization the client uses, asked about the space of the call (for a copy to another
 * space, the target). Exporting an owner's cases is reading them (`getCase`); importing them is
 * creating them (`createCase`). An owner nobody registered is refused to everyone, superuser
 * included, as the client refuses it.
 */
import { authorizationAuditEvent, deniedMessage, isHttpError, type AuditLogger, type AuthenticatedUser, type AuthorizationService, type ExchangeRequestContext, type KibanaRequest } from '../../core';
import { Operations } from '../../client/authorization';
import type { OwnerRegistry } from '../../registries/owner_registry';
import type { CasesExchangeStart } from './exchange_services';

export interface CaseExchangeAuthorizationDeps {
  authz: AuthorizationService;
  audit: AuditLogger;
  getCurrentUser(request: KibanaRequest): AuthenticatedUser | null;
  owners: Pick<OwnerRegistry, 'has'>;
}

export function caseOwnersRefusal(deps: CaseExchangeAuthorizationDeps): CasesExchangeStart['refusedOwners'] {
  return async (context: ExchangeRequestContext, operation, owners) => {
    const checked = operation === 'export' ? Operations.getCase : Operations.createCase;
    const user = deps.getCurrentUser(context.request) ?? undefined;
    const refused = new Map<string, string>();
    const known = owners.filter((owner) => deps.owners.has(owner));
    for (const owner of owners.filter((o) => !deps.owners.has(o))) {
      const message = deniedMessage(checked, [owner]);
      deps.audit.log(authorizationAuditEvent({ user, spaceId: context.namespace, operation: checked, owners: [owner] }, undefined, { code: 'Error', message }));
      refused.set(owner, message);
    }
    if (known.length === 0) return refused;
    let allowed: string[];
    try {
      allowed = await deps.authz.getAuthorizedOwners({ user, spaceId: context.namespace, operation: checked, owners: known });
    } catch (error) {
      // None of them (the platform recorded the refusal); 401 and the rest are the call's answer.
      if (!isHttpError(error) || error.statusCode !== 403) throw error;
      allowed = [];
    }
    for (const owner of known) if (!allowed.includes(owner)) refused.set(owner, deniedMessage(checked, [owner]));
    return refused;
  };
}
