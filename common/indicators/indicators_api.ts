/**
 * The indicators source's wire shapes: ingest (the alerts' shape: a JSON array or NDJSON, one
 * answer per item), the picker's find, and Kibana's indicator attachment.
 */
import type * as t from 'io-ts';
import { limitedArray, limitedString, strict, strictPartial } from '../core/codec';
import { MAX_ALERT_FILTER_VALUES, MAX_ALERTS_PER_PAGE, MAX_ID_LENGTH, type INDICATOR_ATTACHMENT_TYPE } from '../constants';
import { idString, numberFromQuery, withPagination } from '../types/api/request_codecs';
import { SearchRt } from '../types/api/search_codec';

/** Ours, beside `/api/alerts/_ingest`: where a threat-intelligence pipeline writes indicators. */
export const INDICATORS_INGEST_URL = '/api/indicators/_ingest';
/** Ours: the "Add indicator" picker's search. */
export const INTERNAL_INDICATORS_FIND_URL = '/internal/indicators/_find';

/** Kibana's Threat Intelligence writes names and feeds as they come; a URL indicator's name is its URL. */
export const MAX_INDICATOR_METADATA_LENGTH = 2048;
/** What Kibana's Threat Intelligence stores for a field the indicator lacks. */
export const INDICATOR_EMPTY_VALUE = '-';

/** `POST /internal/indicators/_find`: words over names, values and feeds (a trailing `*` for a prefix), types, ids, paging. */
export const IndicatorsFindRequestRt = withPagination(
  strictPartial(
    {
      search: SearchRt,
      type: limitedArray(idString('type', MAX_ID_LENGTH), 'type', { max: MAX_ALERT_FILTER_VALUES }),
      /** The indicators of these ids: a case's Indicators section reads the documents it attached. */
      ids: limitedArray(idString('ids', MAX_ID_LENGTH), 'ids', { max: MAX_ALERTS_PER_PAGE }),
      page: numberFromQuery('page'),
      perPage: numberFromQuery('perPage'),
    },
    'IndicatorsFindRequest',
  ),
  MAX_ALERTS_PER_PAGE,
);
export type IndicatorsFindRequest = t.TypeOf<typeof IndicatorsFindRequestRt>;

/** One found indicator: its document flattened (as an AlertSummary) and its display name. */
export interface IndicatorSummary {
  id: string;
  index: string;
  name: string;
  fields: Record<string, unknown>;
}

export interface IndicatorsFindResponse {
  page: number;
  per_page: number;
  total: number;
  indicators: IndicatorSummary[];
}

const metadataString = (field: string) => limitedString(field, { min: 1, max: MAX_INDICATOR_METADATA_LENGTH });

/** Kibana's `externalReferenceMetadata` of an indicator attachment: what the case shows without reading the document. */
export const IndicatorAttachmentMetadataRt = strict(
  {
    indicatorName: metadataString('indicatorName'),
    indicatorType: metadataString('indicatorType'),
    indicatorFeedName: metadataString('indicatorFeedName'),
  },
  'IndicatorAttachmentMetadata',
);
export type IndicatorAttachmentMetadata = t.TypeOf<typeof IndicatorAttachmentMetadataRt>;

/** The attachment Kibana's Threat Intelligence posts for an indicator (owner added by the caller). */
export interface IndicatorAttachmentRequest {
  type: 'externalReference';
  externalReferenceId: string;
  externalReferenceStorage: { type: 'elasticSearchDoc' };
  externalReferenceAttachmentTypeId: typeof INDICATOR_ATTACHMENT_TYPE;
  externalReferenceMetadata: IndicatorAttachmentMetadata;
  owner: string;
}
