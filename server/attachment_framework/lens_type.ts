/**
 * Kibana's Lens visualization attachment: a `persistableState` of sub-type `.lens` whose state is
 * the visualization by value, `{ attributes, timeRange }` (and Kibana's optional `metadata`).
 * `attributes` are Lens' saved-object attributes: we check what a case shows of them (the title
 * and chart type) and that the chart's `state` and `references` are there in their kinds, and
 * leave the rest of Lens' shape, which changes with every Lens release, as it came. Lens keeps
 * the data views it reads in `attributes.references`; Kibana's `.lens` type extracts none of
 * them to the comment's saved-object references, so they stay in the state, here as there.
 */
import * as t from 'io-ts';
import { limitedArray, strict, strictWithOptional } from '../../common/core/codec';
import { LENS_ATTACHMENT_TYPE, MAX_ID_LENGTH } from '../../common/constants';
import { idString, nonEmptyString } from '../../common/types/api/request_codecs';
import type { AnyAttachmentPayload } from '../../common/types/domain/attachment';
import { OwnerRt } from '../../common/types/domain/enums';
import type { AttachmentSubTypeDefinition } from './types';

/** A visualization's title is a saved-object title: Kibana bounds it only by the request. */
const MAX_LENS_TITLE_LENGTH = 1024;
/** One per data view a layer or filter reads: a few in practice. */
const MAX_LENS_REFERENCES = 100;

const LensReferenceRt = t.type({ type: t.string, id: t.string, name: t.string }, 'reference');

/** Lens' saved-object attributes: the fields named are checked, the others are Lens' own. */
const LensAttributesRt = t.intersection(
  [
    t.type({
      title: nonEmptyString('title', MAX_LENS_TITLE_LENGTH),
      visualizationType: idString('visualizationType', MAX_ID_LENGTH),
      state: t.UnknownRecord,
    }),
    t.partial({ references: limitedArray(LensReferenceRt, 'references', { max: MAX_LENS_REFERENCES }) }),
  ],
  'attributes',
);

/** Kibana's time range: two date-math strings (absolute when added from Lens), and an optional mode. */
const TimeRangeRt = strictWithOptional(
  { from: nonEmptyString('timeRange.from', MAX_ID_LENGTH), to: nonEmptyString('timeRange.to', MAX_ID_LENGTH) },
  { mode: t.keyof({ absolute: null, relative: null }) },
  'timeRange',
);

export const LensAttachmentStateRt = strictWithOptional(
  { attributes: LensAttributesRt, timeRange: TimeRangeRt },
  { metadata: t.UnknownRecord },
  'persistableStateAttachmentState',
);

export const LensAttachmentRequestRt = strict(
  {
    type: t.literal('persistableState'),
    persistableStateAttachmentTypeId: t.literal(LENS_ATTACHMENT_TYPE),
    persistableStateAttachmentState: LensAttachmentStateRt,
    owner: OwnerRt,
  },
  'LensAttachmentRequest',
);

export const lensAttachmentType: AttachmentSubTypeDefinition = {
  id: LENS_ATTACHMENT_TYPE,
  request: LensAttachmentRequestRt as t.Decoder<unknown, AnyAttachmentPayload>,
};
