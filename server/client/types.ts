/** What every client method works with: the request's services, caller and platform hooks. */
import type { Logger } from '../core/logging/types';
import type { AuthenticatedUser, AuthorizationService } from '../core/security/types';
import type { CoreStart } from '../core/types';
import type { AttachmentService } from '../services/attachment_service';
import type { CasesService } from '../services/cases_service';
import type { UserActionService } from '../services/user_action_service';

export interface CasesClientArgs {
  services: { cases: CasesService; attachments: AttachmentService; userActions: UserActionService };
  authz: AuthorizationService;
  /** The platform's user directory: who may be offered as an assignee. */
  users: CoreStart['security']['users'];
  user: AuthenticatedUser | undefined;
  spaceId: string;
  logger?: Logger;
  /** The clock; tests pin it. */
  now: () => Date;
}
