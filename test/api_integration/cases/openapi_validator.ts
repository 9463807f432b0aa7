/**
 * Validates HTTP answers against our OpenAPI document, `docs/openapi.yaml` (OpenAPI 3.0), the
 * one the server also serves at `GET /api/cases/_openapi`. The same class reads Kibana's
 * published file for the compatibility test (test/api_integration/kibana_openapi_compat.test.ts).
 *
 * OpenAPI 3.0 schemas are not JSON Schema, so they are converted first:
 * - `nullable: true` admits null, also on enum schemas and on schemas that are only a `$ref`;
 * - `oneOf` + `discriminator` becomes "the discriminator must be one of the mapped values, and
 *   the branch it names must match", which gives one readable error instead of one per branch;
 * - `oneOf` without a discriminator becomes `anyOf`: the contract lists overlapping
 *   alternatives (every user-action payload is an object of optional properties), so a
 *   correct answer would match several branches and fail a strict `oneOf`;
 * - annotation keywords JSON Schema does not know (`example`, `x-*`, ...) are dropped, so ajv
 *   runs in strict mode and a typo in a hand-written schema still fails loudly.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export const CONTRACT_PATH = resolve(__dirname, '../../../docs/openapi.yaml');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type OpenApiSchema = JsonObject;

const DROPPED_KEYWORDS = new Set(['example', 'examples', 'xml', 'externalDocs', 'discriminator', 'nullable', 'deprecated']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Converts one OpenAPI 3.0 schema object (and everything under it) to JSON Schema draft-07. */
export function toJsonSchema(schema: Json): Json {
  if (!isObject(schema)) return schema;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      out[key === 'oneOf' ? 'anyOf' : key] = value.map(toJsonSchema);
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = toJsonSchema(value);
    } else {
      out[key] = value;
    }
  }
  const withDiscriminator = applyDiscriminator(schema, out);
  return schema.nullable === true ? allowNull(withDiscriminator) : withDiscriminator;
}

function applyDiscriminator(source: JsonObject, converted: JsonObject): JsonObject {
  const discriminator = source.discriminator;
  if (!isObject(discriminator) || !isObject(discriminator.mapping) || typeof discriminator.propertyName !== 'string') return converted;
  const property = discriminator.propertyName;
  const mapping = discriminator.mapping;
  const { anyOf: _alternatives, ...rest } = converted;
  return {
    ...rest,
    type: 'object',
    required: [property],
    properties: { ...(isObject(rest.properties) ? rest.properties : {}), [property]: { enum: Object.keys(mapping) } },
    allOf: Object.entries(mapping).map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: { $ref: ref },
    })),
  };
}

function allowNull(schema: JsonObject): JsonObject {
  const composite = '$ref' in schema || 'anyOf' in schema || 'allOf' in schema || 'oneOf' in schema || 'if' in schema;
  if (composite || typeof schema.type !== 'string') return { anyOf: [{ type: 'null' }, schema] };
  const nullable: JsonObject = { ...schema, type: [schema.type, 'null'] };
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) nullable.enum = [...schema.enum, null];
  return nullable;
}

const SPACE_PREFIX = /^\/s\/[^/]+(?=\/)/;

interface Operation {
  template: string;
  method: string;
  responses: JsonObject;
}

export class OpenApiContract {
  readonly document: JsonObject;
  private readonly ajv: Ajv;
  private readonly operations: Operation[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly id: string;

  constructor(document: JsonObject, { id = 'contract' }: { id?: string } = {}) {
    this.document = structuredClone(document);
    this.id = id;
    this.ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true });
    addFormats(this.ajv);
    // multipart uploads only (add_case_file_request); JSON answers never carry it.
    this.ajv.addFormat('binary', true);
    // The holder of the converted component schemas, so `#/components/schemas/...` refs resolve as written.
    this.ajv.addKeyword('components');
    const components = (this.document.components ?? {}) as JsonObject;
    const schemas = (components.schemas ?? {}) as JsonObject;
    this.ajv.addSchema({ $id: this.id, components: { schemas: Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, toJsonSchema(v)])) } }, this.id);
    for (const [template, item] of Object.entries((this.document.paths ?? {}) as JsonObject)) {
      for (const [method, op] of Object.entries(item as JsonObject)) {
        if (isObject(op) && isObject(op.responses)) this.operations.push({ template, method: method.toUpperCase(), responses: op.responses });
      }
    }
    // Literal segments win over parameters: `/api/cases/_find` before `/api/cases/{caseId}`.
    this.operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  }

  /** A component example's `value`, deep-copied so a test may change it. */
  example(name: string): JsonObject {
    const examples = (this.document.components as JsonObject).examples as JsonObject;
    const example = examples?.[name];
    if (!isObject(example) || !isObject(example.value)) throw new Error(`the contract has no components.examples.${name}`);
    return structuredClone(example.value);
  }

  /** Errors of `body` against any schema; `$ref`s to `#/components/...` resolve in the contract. */
  validate(schema: OpenApiSchema, body: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(rebase(toJsonSchema(schema), this.id) as object);
      this.compiled.set(key, validate);
    }
    return validate(body) ? [] : formatErrors(validate.errors ?? []);
  }

  /** Throws, listing every ajv error, unless `body` matches the component schema `name`. */
  expectToMatchComponent(name: string, body: unknown): void {
    this.expectToMatchSchema({ $ref: `#/components/schemas/${name}` }, body, `components.schemas.${name}`);
  }

  expectToMatchSchema(schema: OpenApiSchema, body: unknown, label = 'schema'): void {
    const errors = this.validate(schema, body);
    if (errors.length) throw new Error(`body does not match ${label}:\n  ${errors.join('\n  ')}\nbody: ${preview(body)}`);
  }

  /**
   * Finds the operation for `method` and `path` (a template or a concrete path, with or without
   * `/s/{spaceId}`), picks its response schema for `status` (else the `4XX`/`default` one, else
   * the contract's `4xx_response` for any error) and throws with readable errors on mismatch.
   */
  expectResponseToMatch(method: string, path: string, status: number, body: unknown): void {
    const op = this.findOperation(method, path);
    const label = `${op.method} ${op.template} ${status}`;
    const response = this.responseFor(op, status);
    if (!response && status < 400) throw new Error(`${label}: the contract lists no ${status} answer (it has ${Object.keys(op.responses).join(', ')})`);
    const content = response?.content as JsonObject | undefined;
    const schema = (content?.['application/json'] as JsonObject | undefined)?.schema as JsonObject | undefined;
    if (!response || (!schema && status >= 400)) {
      this.expectToMatchSchema({ $ref: '#/components/schemas/4xx_response' }, body, `${label} (4xx_response)`);
      return;
    }
    // An HTML page is described by its media type; there is no JSON to check.
    if (!schema && content && Object.keys(content).length > 0) return;
    if (!schema) {
      if (body !== undefined && body !== '' && body !== null) throw new Error(`${label}: the contract says no body, got ${preview(body)}`);
      return;
    }
    this.expectToMatchSchema(schema, body, label);
  }

  /** The response listed for `status`, else its `4XX`/`5XX` class or `default` for an error; `$ref`s resolved. */
  private responseFor(op: Operation, status: number): JsonObject | undefined {
    const code = String(status);
    const listed = op.responses[code] ?? (status >= 400 ? (op.responses[`${code[0]}XX`] ?? op.responses.default) : undefined);
    return isObject(listed) ? this.resolve(listed) : undefined;
  }

  /** Follows a local `$ref` (`#/components/responses/...`) to what it names. */
  resolve(object: JsonObject): JsonObject {
    const ref = object.$ref;
    if (typeof ref !== 'string') return object;
    let target: Json | undefined = this.document;
    for (const part of ref.replace(/^#\//, '').split('/')) target = isObject(target) ? target[part] : undefined;
    if (!isObject(target)) throw new Error(`the contract has no ${ref}`);
    return target;
  }

  hasOperation(method: string, path: string): boolean {
    return this.matchOperation(method, path) !== undefined;
  }

  findOperation(method: string, path: string): Operation {
    const op = this.matchOperation(method, path);
    if (!op) throw new Error(`the contract has no operation ${method.toUpperCase()} ${bareTemplatePath(path)}`);
    return op;
  }

  private matchOperation(method: string, path: string): Operation | undefined {
    const bare = bareTemplatePath(path);
    const upper = method.toUpperCase();
    return this.operations.find((o) => o.method === upper && templateRegExp(o.template).test(bare));
  }
}

/** The path without its query string and `/s/{spaceId}` prefix, as the document lists it. */
const bareTemplatePath = (path: string) => path.split('?')[0].replace(SPACE_PREFIX, '');

const templateRegExp = (template: string) =>
  new RegExp(`^${template.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);

/** Local `#/components/...` refs of an ad-hoc schema point into the contract document. */
function rebase(schema: Json, id: string): Json {
  if (Array.isArray(schema)) return schema.map((item) => rebase(item, id));
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${id}${v}` : rebase(v, id)]),
  );
}

function formatErrors(errors: ErrorObject[]): string[] {
  // `if` failures only repeat the `then` error that follows them.
  return errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const where = e.instancePath || '(root)';
      const extra = e.keyword === 'enum' ? ` ${JSON.stringify((e.params as { allowedValues: unknown }).allowedValues)}` : '';
      return `${where} ${e.message}${extra} [${e.schemaPath}]`;
    });
}

const preview = (body: unknown) => {
  const text = JSON.stringify(body);
  return text === undefined ? String(body) : text.length > 600 ? `${text.slice(0, 600)}…` : text;
};

let shared: OpenApiContract | undefined;

/** Our contract, `docs/openapi.yaml`, read once per test file. */
export function loadContract(): OpenApiContract {
  shared ??= new OpenApiContract(parse(readFileSync(CONTRACT_PATH, 'utf8')) as JsonObject, { id: 'cases-openapi' });
  return shared;
}

/** Shorthand for `loadContract().expectResponseToMatch(...)`. */
export const expectResponseToMatch = (method: string, path: string, status: number, body: unknown) =>
  loadContract().expectResponseToMatch(method, path, status, body);
