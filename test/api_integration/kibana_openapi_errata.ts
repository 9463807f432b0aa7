/**
 * The known errors of Kibana's published Cases OpenAPI file, in one place. Each one is a place
 * where that file disagrees with what Kibana itself answers (its API integration tests under
 * x-pack/platform/test/cases_api_integration are the oracle); our docs/openapi.yaml describes
 * the real answer. The compatibility test patches Kibana's file with these before comparing, so
 * a new disagreement fails loudly instead of hiding behind an old one.
 */
import type { JsonObject } from './cases/openapi_validator';

export interface Erratum {
  /** Where in Kibana's file. */
  where: string;
  /** Why it is an error, and what Kibana really does. */
  why: string;
  patch(doc: JsonObject): void;
}

const schemas = (doc: JsonObject) => (doc.components as JsonObject).schemas as JsonObject;
const okSchemaOf = (doc: JsonObject, path: string, method: string) => {
  const op = ((doc.paths as JsonObject)[path] as JsonObject)[method] as JsonObject;
  const ok = (op.responses as JsonObject)['200'] as JsonObject;
  return (ok.content as JsonObject)['application/json'] as JsonObject;
};
const addToEnum = (schema: JsonObject, values: string[]) => {
  schema.enum = [...new Set([...(schema.enum as string[]), ...values])];
};

const ATTACHMENT = {
  oneOf: [{ $ref: '#/components/schemas/alert_comment_response_properties' }, { $ref: '#/components/schemas/user_comment_response_properties' }],
  discriminator: {
    propertyName: 'type',
    mapping: { alert: '#/components/schemas/alert_comment_response_properties', user: '#/components/schemas/user_comment_response_properties' },
  },
};

export const KIBANA_OPENAPI_ERRATA: Erratum[] = [
  {
    where: 'components.schemas.user_actions_find_response_properties.type and components.schemas.action_types',
    why:
      'Kibana records `category` user actions (since 8.11) and older releases recorded `delete_case`; `user_actions/_find` returns them, ' +
      'but the find response enum lists neither and `action_types` lacks `category`.',
    patch(doc) {
      const findType = ((schemas(doc).user_actions_find_response_properties as JsonObject).properties as JsonObject).type as JsonObject;
      addToEnum(findType, ['category', 'delete_case']);
      addToEnum(schemas(doc).action_types as JsonObject, ['category']);
    },
  },
  {
    where: 'GET /api/cases/{caseId}/comments/_find, 200',
    why: 'Documented as a case; Kibana answers a page of attachments: `{ comments, page, per_page, total }`.',
    patch(doc) {
      okSchemaOf(doc, '/api/cases/{caseId}/comments/_find', 'get').schema = {
        type: 'object',
        required: ['comments', 'page', 'per_page', 'total'],
        properties: { comments: { type: 'array', items: ATTACHMENT }, page: { type: 'integer' }, per_page: { type: 'integer' }, total: { type: 'integer' } },
      };
    },
  },
  {
    where: 'GET /api/cases/{caseId}/comments (deprecated), 200',
    why: 'Documented as a case; Kibana answers the array of the case\'s attachments.',
    patch(doc) {
      okSchemaOf(doc, '/api/cases/{caseId}/comments', 'get').schema = { type: 'array', items: ATTACHMENT };
    },
  },
];

/** Kibana's file with every erratum applied; the input is left as it was. */
export function withErrata(kibana: JsonObject): JsonObject {
  const doc = structuredClone(kibana);
  for (const erratum of KIBANA_OPENAPI_ERRATA) erratum.patch(doc);
  return doc;
}
