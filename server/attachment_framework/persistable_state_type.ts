/**
 * Kibana's `persistableState` attachments: something that carries its own state by value (a
 * Lens visualization), whose sub-type is named by `persistableStateAttachmentTypeId`. The
 * parent decodes the common shape only; each sub-type (`.lens`) declares what its state must
 * hold. The state is stored as it came and never indexed (the comments mapping is not dynamic):
 * no query reads inside it, and a Lens state holds hundreds of fields. Like Kibana, a case holds
 * at most 100 of them; Kibana counts non-file external references in the same cap, ours counts
 * persistable states alone, since a limit here belongs to one type.
 */
import * as t from 'io-ts';
import { strict } from '../../common/core/codec';
import { MAX_ID_LENGTH, MAX_PERSISTABLE_STATE_ATTACHMENTS } from '../../common/constants';
import { idString } from '../../common/types/api/request_codecs';
import { PersistableStatePayloadRt, type AnyAttachmentPayload } from '../../common/types/domain/attachment';
import { OwnerRt } from '../../common/types/domain/enums';
import type { AttachmentTypeDefinition } from './types';

export const PersistableStateRequestRt = strict(
  {
    type: t.literal('persistableState'),
    persistableStateAttachmentTypeId: idString('persistableStateAttachmentTypeId', MAX_ID_LENGTH),
    persistableStateAttachmentState: t.UnknownRecord,
    owner: OwnerRt,
  },
  'PersistableStateRequest',
);

export const persistableStateType: AttachmentTypeDefinition = {
  type: 'persistableState',
  request: PersistableStateRequestRt as t.Decoder<unknown, AnyAttachmentPayload>,
  stored: PersistableStatePayloadRt as t.Decoder<unknown, AnyAttachmentPayload>,
  subTypeKey: 'persistableStateAttachmentTypeId',
  limit: { max: MAX_PERSISTABLE_STATE_ATTACHMENTS, noun: 'persistable state attachments' },
};
