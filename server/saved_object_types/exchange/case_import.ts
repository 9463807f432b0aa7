/**
 * A Kibana `cases` document, migrated to the export version (case_migrations.ts), as the case we
 * store: status and severity from Kibana's numbers, the connector and the push connector from
 * their references, defaults for what older shapes lack, checked by our codec, with the fields
 * our store derives written as case creation writes them.
 *
 * Two things differ from Kibana's import, on purpose:
 * - the case number: Kibana refuses a case that carries one; we number the case in the
 *   destination space from the same counter case creation uses (an overwritten case keeps its
 *   number);
 * - a connector that is not in the destination (neither imported with the case nor there
 *   already, nor preconfigured): Kibana keeps the dangling reference and shows a deleted
 *   connector; we set the case's connector to none and record that in its activity, so the case
 *   stays pushable once a connector is chosen. A missing push connector is history and stays.
 */
import { createHash } from 'node:crypto';
import { isLeft } from 'fp-ts/lib/Either';
import { CASE_ID_INCREMENTER_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT } from '../../../common/constants';
import { formatErrors } from '../../../common/core/codec';
import { CaseAttributesRt, type CaseAttributes } from '../../../common/types/domain/case';
import type { StoredUserActionAttributes } from '../../../common/types/domain/user_action';
import type { User } from '../../../common/types/domain/user';
import { ImportDocumentError, type ExchangeDocument, type ImportConversionContext, type ImportWrite } from '../../core';
import { caseReference } from '../../services/attachment_service';
import { ACTION_SAVED_OBJECT_TYPE, caseReferences, CONNECTOR_ID_REFERENCE_NAME, PUSH_CONNECTOR_ID_REFERENCE_NAME } from '../../services/cases_service';
import { withDerivedFields } from '../../services/derived_fields';
import { CASE_ID_COUNTER_FIELD, CASE_ID_COUNTER_OBJECT_ID } from '../id_counter';
import { connectorFromKibana, findReferenceId, isRecord as isObject, NONE_CONNECTOR, severityFromKibana, statusFromKibana, userFromKibana } from './kibana_values';


export interface CaseImportServices {
  isPreconfiguredConnector(id: string): boolean;
}

const arrayOf = (value: unknown, field: string): unknown[] => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new ImportDocumentError(`${field} must be an array`);
  return value;
};
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);
const nullableUser = (value: unknown, field: string): User | null => (value === undefined || value === null ? null : userFromKibana(value, field));

/** Kibana's settings; a missing `syncAlerts` reads as false there, and so here. */
function settingsFrom(value: unknown): CaseAttributes['settings'] {
  const settings = isObject(value) ? value : {};
  return {
    syncAlerts: settings.syncAlerts === true,
    ...(typeof settings.extractObservables === 'boolean' ? { extractObservables: settings.extractObservables } : {}),
  };
}

function externalServiceFrom(value: unknown, pushConnectorId: string | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new ImportDocumentError('external_service must be an object');
  return {
    connector_id: pushConnectorId ?? 'none',
    connector_name: value.connector_name,
    external_id: value.external_id,
    external_title: value.external_title,
    external_url: value.external_url,
    pushed_at: value.pushed_at,
    pushed_by: userFromKibana(value.pushed_by, 'external_service.pushed_by'),
  };
}

const customFieldFrom = (field: unknown) => (isObject(field) ? { key: field.key, type: field.type, value: field.value ?? null } : field);
const observableFrom = (observable: unknown) =>
  isObject(observable)
    ? {
        id: observable.id,
        typeKey: observable.typeKey,
        value: observable.value,
        description: orNull(observable.description),
        createdAt: observable.createdAt,
        updatedAt: orNull(observable.updatedAt),
      }
    : observable;
const assigneeFrom = (assignee: unknown) => (isObject(assignee) ? { uid: assignee.uid } : assignee);

/** The id of the connector-reset user action of a case: the same for every import of that case, so re-running an overwrite converges. */
export function connectorResetActionId(caseId: string): string {
  const hex = createHash('sha256').update(`${caseId}:import-connector-reset`).digest('hex');
  // Shaped as a UUID (version nibble 8, RFC 4122 variant): ids elsewhere look the same.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The importing user as cases record users; an import without one (a system job) names nobody. */
const importingUser = ({ actor }: ImportConversionContext): User =>
  actor
    ? { username: actor.username, full_name: actor.full_name, email: actor.email, profile_uid: actor.profile_uid }
    : { username: null, full_name: null, email: null };

export function caseFromKibana(document: ExchangeDocument, context: ImportConversionContext, services: CaseImportServices): ImportWrite {
  const source = document.attributes;
  if (!isObject(source)) throw new ImportDocumentError('attributes must be an object');
  const connectorId = findReferenceId(document.references, CONNECTOR_ID_REFERENCE_NAME);
  const pushConnectorId = findReferenceId(document.references, PUSH_CONNECTOR_ID_REFERENCE_NAME);

  let connector = connectorFromKibana(source.connector, connectorId);
  const connectorMissing =
    connector.id !== NONE_CONNECTOR.id &&
    !context.referenceExists({ type: ACTION_SAVED_OBJECT_TYPE, id: connector.id }) &&
    !services.isPreconfiguredConnector(connector.id);
  if (connectorMissing) connector = NONE_CONNECTOR;

  const existingNumber = (context.existing?.attributes as Partial<CaseAttributes> | undefined)?.incremental_id;
  const keepsNumber = typeof existingNumber === 'number';
  const attributes = {
    title: source.title,
    description: source.description,
    tags: source.tags,
    owner: source.owner,
    status: statusFromKibana(source.status),
    severity: severityFromKibana(source.severity),
    assignees: arrayOf(source.assignees, 'assignees').map(assigneeFrom),
    category: orNull(source.category),
    connector,
    settings: settingsFrom(source.settings),
    external_service: externalServiceFrom(source.external_service, pushConnectorId),
    customFields: arrayOf(source.customFields, 'customFields').map(customFieldFrom),
    observables: arrayOf(source.observables, 'observables').map(observableFrom),
    total_observables: 0,
    created_at: source.created_at,
    created_by: userFromKibana(source.created_by, 'created_by'),
    updated_at: orNull(source.updated_at),
    updated_by: nullableUser(source.updated_by, 'updated_by'),
    closed_at: orNull(source.closed_at),
    closed_by: nullableUser(source.closed_by, 'closed_by'),
    duration: orNull(source.duration),
    ...(source.in_progress_at !== undefined ? { in_progress_at: source.in_progress_at } : {}),
    ...(source.time_to_acknowledge !== undefined ? { time_to_acknowledge: source.time_to_acknowledge } : {}),
    ...(source.time_to_investigate !== undefined ? { time_to_investigate: source.time_to_investigate } : {}),
    ...(source.time_to_resolve !== undefined ? { time_to_resolve: source.time_to_resolve } : {}),
  };
  // The number is checked too, as the counter will write one (any will do for the check).
  const decoded = CaseAttributesRt.decode({ ...attributes, total_observables: attributes.observables.length, incremental_id: keepsNumber ? existingNumber : 1 });
  if (isLeft(decoded)) throw new ImportDocumentError(formatErrors(decoded.left));
  const { incremental_id: checkedNumber, ...checked } = decoded.right;

  const write: ImportWrite = {
    attributes: withDerivedFields(keepsNumber ? { ...checked, incremental_id: checkedNumber } : checked),
    references: caseReferences(checked),
  };
  if (!keepsNumber) {
    write.counters = [
      { attribute: 'incremental_id', type: CASE_ID_INCREMENTER_SAVED_OBJECT, id: CASE_ID_COUNTER_OBJECT_ID, field: CASE_ID_COUNTER_FIELD, initial: 0 },
    ];
  }
  if (connectorMissing) write.related = [connectorResetAction(document.id, checked.owner, context)];
  return write;
}

/** The case's activity says its connector became none, by whom and when (the import). */
function connectorResetAction(caseId: string, owner: string, context: ImportConversionContext): NonNullable<ImportWrite['related']>[number] {
  const attributes: StoredUserActionAttributes = {
    action: 'update',
    type: 'connector',
    payload: { connector: NONE_CONNECTOR },
    created_at: context.now,
    created_by: importingUser(context),
    owner,
    comment_id: null,
    case_id: caseId,
  };
  return {
    kind: 'create',
    type: CASE_USER_ACTION_SAVED_OBJECT,
    id: connectorResetActionId(caseId),
    attributes: attributes as unknown as Record<string, unknown>,
    references: caseReference(caseId),
    overwrite: true,
  };
}
