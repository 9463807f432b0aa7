/**
 * Kibana's legacy `.case` action type (7.x; seed 002): automation creates, updates and comments
 * on cases. It runs through the caller's cases client, so the same authorization, checks and
 * audit apply as to the REST API; an execution without a user request (a background run) has
 * no caller to authorize and is refused. Failures are Kibana's texts, thrown so the platform
 * answers `{status: 'error', message, service_message, retry}`; retry is false when the same
 * params can never succeed (bad input, missing case, stale version, refused privilege).
 */
import type * as t from 'io-ts';
import type { Case } from '../../../common/types/domain/case';
import type { AttachmentRequest } from '../../../common/types/api/attachment';
import { ConnectorError, subActionConnector, type ConnectorTypeDefinition, type KibanaRequest, type SubActionParams } from '../../core';
import type { CasesClient } from '../../client';
import { strict } from '../../../common/core/codec';
import { AddCommentParamsRt, CreateParamsRt, UpdateParamsRt, type ActionComment } from './params';

export const CASE_ACTION_TYPE_ID = '.case';

/** What the action uses of a cases client (tests pass a fake). */
export interface CaseActionCasesClient {
  cases: Pick<CasesClient['cases'], 'create' | 'update' | 'get'>;
  attachments: Pick<CasesClient['attachments'], 'add'>;
}

export interface CaseActionDeps {
  /** The cases client of the request's caller, in the request's space. */
  getCasesClient(request: KibanaRequest): Promise<CaseActionCasesClient>;
}

/** Kibana's `.case` has no config and no secrets: `{}`, and nothing else. */
type Empty = Record<string, never>;
const EmptyObjectRt = strict({}, 'object') as unknown as t.Decoder<unknown, Empty>;

export const NO_REQUEST_MESSAGE = 'the .case action needs a user request';

/** Kibana interpolates the thrown error (`${error}`), which reads `Error: <message>`. */
const described = (error: unknown) => `Error: ${error instanceof Error ? error.message : String(error)}`;

function failure(message: string, error: unknown): ConnectorError {
  const status = (error as { statusCode?: number }).statusCode;
  return new ConnectorError(message, { retry: !(status !== undefined && status >= 400 && status < 500), cause: error });
}

/** The attachment request the REST API takes: the owner from the case when not given, an alert's rule null when unknown. */
async function attachmentOf(client: CaseActionCasesClient, caseId: string, comment: ActionComment): Promise<AttachmentRequest> {
  const owner = comment.owner ?? (await client.cases.get(caseId, false)).owner;
  if (comment.type === 'user') return { ...comment, owner };
  return { ...comment, rule: comment.rule ?? { id: null, name: null }, owner };
}

export function createCaseActionType({ getCasesClient }: CaseActionDeps): ConnectorTypeDefinition<Empty, Empty, SubActionParams> {
  const clientOf = async (request: KibanaRequest | undefined) => {
    if (!request) throw new ConnectorError(NO_REQUEST_MESSAGE, { retry: false });
    return getCasesClient(request);
  };
  const { params, execute } = subActionConnector<Empty, Empty>({
    create: {
      params: CreateParamsRt,
      async run({ request }, create: Parameters<CasesClient['cases']['create']>[0]): Promise<Case> {
        const client = await clientOf(request);
        try {
          return await client.cases.create(create);
        } catch (error) {
          throw failure(`Failed to create a case using connector: ${described(error)}`, error);
        }
      },
    },
    update: {
      params: UpdateParamsRt,
      async run({ request }, patch: Parameters<CasesClient['cases']['update']>[0]['cases'][number]): Promise<Case[]> {
        const client = await clientOf(request);
        try {
          return await client.cases.update({ cases: [patch] });
        } catch (error) {
          throw failure(`Failed to update case using connector id: ${patch.id} version: ${patch.version}: ${described(error)}`, error);
        }
      },
    },
    addComment: {
      params: AddCommentParamsRt,
      async run({ request }, { caseId, comment }: { caseId: string; comment: ActionComment }): Promise<Case> {
        const client = await clientOf(request);
        try {
          return await client.attachments.add(caseId, await attachmentOf(client, caseId, comment));
        } catch (error) {
          throw failure(`Failed to create comment using connector case id: ${caseId}: ${described(error)}`, error);
        }
      },
    },
  });
  return {
    id: CASE_ACTION_TYPE_ID,
    name: 'Case',
    minimumLicenseRequired: 'basic',
    // For rules (Kibana 7's only caller); not 'cases': it is not a connector a case pushes to.
    supportedFeatureIds: ['alerting'],
    isSystemActionType: false,
    description: 'Create, update and comment on cases from automation.',
    schema: { config: EmptyObjectRt, secrets: EmptyObjectRt, params },
    execute,
  };
}
