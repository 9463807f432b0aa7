/**
 * What an attachment type declares, once, in one place: how a request of it is decoded, what the
 * comments saved-object mapping indexes for it, what it adds to a case's totals, what its
 * `comment` user action carries, what must happen outside the store when one is added or
 * deleted, and how many a case may hold. Everything else (routes, add, delete, totals, find,
 * user actions) asks the registry, so a new type is one registration.
 */
import type * as t from 'io-ts';
import type { AnyAttachmentPayload, StoredAttachmentAttributes } from '../../common/types/domain/attachment';
import type { User } from '../../common/types/domain/user';
import type { MappingProperty } from '../core';
import type { ResolvedCasesConfig } from '../config';

/** The derived counts a case answers with; an attachment type adds to at most one. */
export type CaseTotalField = 'totalComment' | 'totalAlerts' | 'totalEvents';

export interface AttachmentLimit {
  /** How many items one case may hold: a number, or read from the plugin's settings (`xpack.cases.alerts.maxPerCase`). */
  max: number | ((config: ResolvedCasesConfig) => number);
  /** Plural noun of Kibana's message: "... of attached alerts." */
  noun: string;
  /** Items one attachment holds (an alert attachment may carry many alert ids); one when absent. */
  itemsIn?: (payload: AnyAttachmentPayload) => number;
}

/** What a hook is told: the attachments just written or deleted, and where and by whom. */
export interface AttachmentHookContext {
  caseId: string;
  spaceId: string;
  user: User;
  attachments: Array<{ id: string; attributes: StoredAttachmentAttributes }>;
}

/**
 * Work outside the saved-objects store. Hooks run once the unit of work is durable, so they
 * never act on a write that was rolled back; what they need from the platform (alert indices,
 * blob storage) they capture when the type is registered during setup.
 */
export interface AttachmentHooks {
  onAdded?(context: AttachmentHookContext): Promise<void>;
  onDeleted?(context: AttachmentHookContext): Promise<void>;
}

/**
 * An attachment that points at documents of a document family (alerts, events) by id, with the
 * index of each beside it (Kibana's `alertId`/`index`, `eventId`/`index`: one string or arrays of
 * equal length). The client then skips ids the case already holds, counts the ids (not the
 * attachments) in the case's total and limit, and keeps the documents' case ids in step.
 */
export interface DocumentReferences {
  family: 'alerts' | 'events';
  /** The payload field holding the document ids (mapped as a keyword, so a case's ids are one query). */
  idField: string;
  indexField: string;
  /**
   * Kibana's duplicate rule: `ids` drops the ids the case already holds from the attachment
   * (alerts); `attachment` drops the whole attachment when any of its ids is held (events).
   */
  duplicates: 'ids' | 'attachment';
  /** Kibana's 400 when such an attachment is posted to a closed case. */
  closedCaseMessage: string;
  /** The documents' array field that lists the cases holding them (`kibana.alert.case_ids`). */
  caseIdsPath?: string;
}

interface TypeBehaviour {
  /** Strict codec of a request; without one the type is read from storage but not accepted by the API. */
  request?: t.Decoder<unknown, AnyAttachmentPayload>;
  limit?: AttachmentLimit;
  hooks?: AttachmentHooks;
}

export interface AttachmentTypeDefinition extends TypeBehaviour {
  /** The `type` field: `user`, `alert`, `externalReference`, ... */
  type: string;
  /** Codec of the stored payload (without the bookkeeping fields), lenient about unknown keys. */
  stored: t.Decoder<unknown, AnyAttachmentPayload>;
  /** Fields this type adds to the `cases-comments` mapping; map only what a query reads. */
  mappings?: Record<string, MappingProperty>;
  /** The case total each attachment of this type adds one to (each distinct document id, with `documents`). */
  total?: CaseTotalField;
  documents?: DocumentReferences;
  /** What the `comment` user action carries; the payload itself when absent (Kibana's default). */
  toUserActionPayload?: (payload: AnyAttachmentPayload) => AnyAttachmentPayload;
  /** For Kibana's `externalReference` and `persistableState`: the field naming the registered sub-type. */
  subTypeKey?: string;
}

/** A sub-type of `externalReference` (`.files`) or `persistableState` (`.lens`), keyed by the parent's `subTypeKey`. */
export interface AttachmentSubTypeDefinition extends TypeBehaviour {
  id: string;
}
