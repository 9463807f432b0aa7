/**
 * The registries of the server half, one per extension point. The plugin creates them with
 * Kibana's entries, offers their `register` in its setup contract, and freezes them (and the
 * shared ones of common/) at start. Statuses and connector types live in common/ because the
 * codecs and the browser read them too; owners and metrics are the server's alone.
 */
import { caseStatuses, type CaseStatusDefinition } from '../../common/registries/case_statuses';
import { connectorTypes, type ConnectorTypeDefinition } from '../../common/types/domain/connector';
import { createCasesMetricsRegistry, type CasesMetricsHandler, type CasesMetricsRegistry } from '../client/metrics/metrics_handler';
import { KIBANA_CASES_METRICS } from '../client/metrics/kibana_metrics';
import { createCaseMetricsRegistry, type CaseMetricsHandler, type CaseMetricsRegistry } from '../client/metrics/case_metrics_handler';
import { KIBANA_CASE_METRICS } from '../client/metrics/kibana_case_metrics';
import { KIBANA_OWNERS } from './kibana_owners';
import { createAttachmentTypeRegistry } from '../attachment_framework/built_in';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';
import type { AttachmentSubTypeDefinition, AttachmentTypeDefinition } from '../attachment_framework/types';
import { createUserActionTypeRegistry, type PayloadDecoder, type UserActionTypeRegistry } from '../client/user_actions/type_registry';
import { createOwnerRegistry, type OwnerDefinition, type OwnerRegistry } from './owner_registry';
import { createCasePushFormatRegistry, type CasePushFormatRegistry } from '../connectors/registry';
import type { CasePushFormat } from '../connectors/types';

/** What the client reads: the server's own registries. */
export interface CasesRegistries {
  owners: OwnerRegistry;
  metrics: CasesMetricsRegistry;
  /** The features of one case's metrics (`GET /internal/cases/metrics/{case_id}`). */
  caseMetrics: CaseMetricsRegistry;
  attachments: AttachmentTypeRegistry;
  userActions: UserActionTypeRegistry;
  /** How a case is pushed to each connector type (server/connectors); a type without one is not offered to cases. */
  pushFormats: CasePushFormatRegistry;
}

/** The plugin's setup contract: one small method per extension point. */
export interface CasesRegistriesSetup {
  registerOwner(owner: OwnerDefinition): void;
  registerCaseStatus(status: CaseStatusDefinition): void;
  registerCasesMetric(handler: CasesMetricsHandler): void;
  registerCaseMetric(handler: CaseMetricsHandler): void;
  registerConnectorType(type: ConnectorTypeDefinition): void;
  registerAttachmentType(type: AttachmentTypeDefinition): void;
  registerAttachmentSubType(parent: string, subType: AttachmentSubTypeDefinition): void;
  /** A user-action type and the codec every entry of it is checked against when written. */
  registerUserActionType(type: string, payload: PayloadDecoder): void;
  /** How a case is pushed to a connector type another plugin registered with the actions platform. */
  registerCasePushFormat(format: CasePushFormat): void;
}

export function createCasesRegistries(attachments: AttachmentTypeRegistry = createAttachmentTypeRegistry()): CasesRegistries {
  return {
    owners: createOwnerRegistry(KIBANA_OWNERS),
    metrics: createCasesMetricsRegistry(KIBANA_CASES_METRICS),
    caseMetrics: createCaseMetricsRegistry(KIBANA_CASE_METRICS),
    attachments,
    // The comment payload's codec asks the attachment registry, so the two stay in step.
    userActions: createUserActionTypeRegistry(attachments),
    pushFormats: createCasePushFormatRegistry(),
  };
}

export const registriesSetup = (registries: CasesRegistries): CasesRegistriesSetup => ({
  registerOwner: (owner) => registries.owners.register(owner),
  registerCaseStatus: (status) => caseStatuses.register(status),
  registerCasesMetric: (handler) => registries.metrics.register(handler),
  registerCaseMetric: (handler) => registries.caseMetrics.register(handler),
  registerConnectorType: (type) => connectorTypes.register(type),
  registerAttachmentType: (type) => registries.attachments.register(type),
  registerAttachmentSubType: (parent, subType) => registries.attachments.registerSubType(parent, subType),
  registerUserActionType: (type, payload) => registries.userActions.register(type, payload),
  registerCasePushFormat: (format) => registries.pushFormats.register(format.type, format),
});

/** At start: from here on a registration is an error, not a silent no-op. */
export function freezeRegistries(registries: CasesRegistries): void {
  registries.owners.freeze();
  registries.metrics.freeze();
  registries.caseMetrics.freeze();
  registries.attachments.freeze();
  registries.userActions.freeze();
  registries.pushFormats.freeze();
  caseStatuses.freeze();
  connectorTypes.freeze();
}
