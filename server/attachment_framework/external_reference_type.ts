/**
 * Kibana's `externalReference` attachments: a pointer to something stored elsewhere (a file's
 * blob, a threat-intelligence indicator document), whose sub-type is named by
 * `externalReferenceAttachmentTypeId`. The parent only decodes the common shape; each sub-type
 * (`.files`, `indicator`) registers its own rules, and one that registers no request codec is
 * read from storage but refused by the comments API (files arrive only through their upload route).
 */
import * as t from 'io-ts';
import { strict } from '../../common/core/codec';
import { idString } from '../../common/types/api/request_codecs';
import { ExternalReferencePayloadRt, ExternalReferenceStorageRt, type AnyAttachmentPayload } from '../../common/types/domain/attachment';
import { OwnerRt } from '../../common/types/domain/enums';
import { MAX_ID_LENGTH } from '../../common/constants';
import type { AttachmentTypeDefinition } from './types';

export const ExternalReferenceRequestRt = strict(
  {
    type: t.literal('externalReference'),
    externalReferenceId: idString('externalReferenceId', MAX_ID_LENGTH),
    externalReferenceStorage: ExternalReferenceStorageRt,
    externalReferenceAttachmentTypeId: idString('externalReferenceAttachmentTypeId', MAX_ID_LENGTH),
    externalReferenceMetadata: t.union([t.record(t.string, t.unknown), t.null]),
    owner: OwnerRt,
  },
  'ExternalReferenceRequest',
);

export const externalReferenceType: AttachmentTypeDefinition = {
  type: 'externalReference',
  request: ExternalReferenceRequestRt as t.Decoder<unknown, AnyAttachmentPayload>,
  stored: ExternalReferencePayloadRt as t.Decoder<unknown, AnyAttachmentPayload>,
  // A case's files (and indicators) are one query by sub-type; the id finds the attachment of a file.
  mappings: { externalReferenceId: { type: 'keyword' }, externalReferenceAttachmentTypeId: { type: 'keyword' } },
  subTypeKey: 'externalReferenceAttachmentTypeId',
};
