/**
 * Threat-intelligence indicators from the browser: the picker's search of the indicators index,
 * and attaching the chosen ones to a case in one request (Kibana's bulk create of attachments).
 */
import { INDICATOR_ATTACHMENT_TYPE, INTERNAL_BULK_CREATE_ATTACHMENTS_URL } from '../../common/constants';
import { INDICATOR_FIELDS, firstText } from '../../common/indicators/indicator_fields';
import {
  INDICATOR_EMPTY_VALUE,
  INTERNAL_INDICATORS_FIND_URL,
  type IndicatorAttachmentRequest,
  type IndicatorSummary,
  type IndicatorsFindRequest,
  type IndicatorsFindResponse,
} from '../../common/indicators/indicators_api';
import type { Case } from '../../common/types/domain/case';
import type { HttpClient } from '../core';

export type { IndicatorSummary };

export const indicatorsQueryKeys = {
  all: ['indicators'] as const,
  find: (request: IndicatorsFindRequest) => ['indicators', 'find', request] as const,
};

/** Kibana's Threat Intelligence attachment for one indicator: its id, and the name, type and feed the case shows. */
export function indicatorAttachment(indicator: IndicatorSummary, owner: string): IndicatorAttachmentRequest {
  const text = (path: string) => firstText(indicator.fields, path) ?? INDICATOR_EMPTY_VALUE;
  return {
    type: 'externalReference',
    externalReferenceId: indicator.id,
    externalReferenceStorage: { type: 'elasticSearchDoc' },
    externalReferenceAttachmentTypeId: INDICATOR_ATTACHMENT_TYPE,
    externalReferenceMetadata: { indicatorName: indicator.name, indicatorType: text(INDICATOR_FIELDS.type), indicatorFeedName: text(INDICATOR_FIELDS.feed) },
    owner,
  };
}

export const indicatorsApi = {
  find: (http: HttpClient, request: IndicatorsFindRequest, signal?: AbortSignal) =>
    http.post<IndicatorsFindResponse>(INTERNAL_INDICATORS_FIND_URL, { body: request, signal }),
  attach: (http: HttpClient, caseData: Pick<Case, 'id' | 'owner'>, indicators: IndicatorSummary[]) =>
    http.post<Case>(INTERNAL_BULK_CREATE_ATTACHMENTS_URL.replace('{case_id}', encodeURIComponent(caseData.id)), {
      body: indicators.map((indicator) => indicatorAttachment(indicator, caseData.owner)),
    }),
};
