/** What every client method works with: the request's services, caller and platform hooks. */
import type { ActionsClient, Logger, AuditLogger, AuthenticatedUser, AuthorizationService, BlobStorage, CoreStart, DocumentIndexClient, NotificationsStart } from '../core';
import type { ResolvedCasesConfig } from '../config';
import type { CasesRegistries } from '../registries/cases_registries';
import type { AttachmentService } from '../services/attachment_service';
import type { CasesService } from '../services/cases_service';
import type { ConfigureService } from '../services/configure_service';
import type { CaseUsersService } from '../services/case_users_service';
import type { UserActionService } from '../services/user_action_service';
import type { FileObjects } from '../files/file_objects';

export interface CasesClientArgs {
  services: { cases: CasesService; attachments: AttachmentService; userActions: UserActionService; caseUsers: CaseUsersService; configure: ConfigureService; files: FileObjects };
  authz: AuthorizationService;
  /** The platform's user directory: who may be offered as an assignee. */
  users: CoreStart['security']['users'];
  user: AuthenticatedUser | undefined;
  spaceId: string;
  logger?: Logger;
  /** The platform's audit log: what a user did beyond one authorized call (a deletion) is recorded here. */
  audit: AuditLogger;
  /** The owners and metrics registered at setup, frozen since start. */
  registries: CasesRegistries;
  /** The request space's alert and event indices: attached alerts are read and synced there. */
  documents: CaseDocuments;
  /** `xpack.cases.*` with its defaults filled in (the alerts-per-case limit, the index patterns). */
  config: ResolvedCasesConfig;
  /** The bytes of case files (CoreStart's blob service). */
  blobs: BlobStorage;
  /** Connectors of the request's space, unsecured: the client authorizes a push itself (`pushCase`). */
  actions: ActionsClient;
  /** Mail to new assignees; `email` is absent when no default email connector is configured. */
  notifications: NotificationsStart;
  /** `server.publicBaseUrl`: case links in pushed incidents and emails; unset, no links are written. */
  publicBaseUrl?: string;
  /** The clock; tests pin it. */
  now: () => Date;
}

/** The document families the cases features read (declared by the alerts source at setup). */
export interface CaseDocuments {
  alerts: DocumentIndexClient;
  events: DocumentIndexClient;
  /** Threat-intelligence indicators (ECS `threat.indicator.*`), which cases attach as Kibana's `indicator` references. */
  indicators: DocumentIndexClient;
}
