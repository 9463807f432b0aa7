/**
 * Kibana's threat-intelligence indicator attachment: an `externalReference` of sub-type
 * `indicator` pointing at the indicator document by id (`elasticSearchDoc` storage), with the
 * name, type and feed the case shows copied into its metadata. As in Kibana, the document is
 * not read on attach (an indicator may age out of its feed while the case keeps it), and the
 * attachment adds to no case total.
 */
import * as t from 'io-ts';
import { strict } from '../../common/core/codec';
import { INDICATOR_ATTACHMENT_TYPE, MAX_ID_LENGTH } from '../../common/constants';
import { IndicatorAttachmentMetadataRt } from '../../common/indicators/indicators_api';
import { idString } from '../../common/types/api/request_codecs';
import type { AnyAttachmentPayload } from '../../common/types/domain/attachment';
import { OwnerRt } from '../../common/types/domain/enums';
import type { AttachmentSubTypeDefinition } from './types';

export const IndicatorAttachmentRequestRt = strict(
  {
    type: t.literal('externalReference'),
    externalReferenceId: idString('externalReferenceId', MAX_ID_LENGTH),
    externalReferenceStorage: strict({ type: t.literal('elasticSearchDoc') }, 'externalReferenceStorage'),
    externalReferenceAttachmentTypeId: t.literal(INDICATOR_ATTACHMENT_TYPE),
    externalReferenceMetadata: IndicatorAttachmentMetadataRt,
    owner: OwnerRt,
  },
  'IndicatorAttachmentRequest',
);

export const indicatorAttachmentType: AttachmentSubTypeDefinition = {
  id: INDICATOR_ATTACHMENT_TYPE,
  request: IndicatorAttachmentRequestRt as t.Decoder<unknown, AnyAttachmentPayload>,
};
