/**
 * The words a route understands, read from our OpenAPI document: its query parameter names
 * and the top-level properties of its request body. The fuzz mixes them into random input so
 * it reaches past "unknown key" refusals into handlers. A route the document does not know
 * (the coverage test refuses that) is still fuzzed with the generic vocabulary.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { RegisteredRoute } from '../../../server/core';
import { CONTRACT_PATH } from '../cases/openapi_validator';

type Json = Record<string, unknown>;

export interface RouteVocabulary {
  queryKeys: string[];
  bodyKeys: string[];
}

const document = parse(readFileSync(CONTRACT_PATH, 'utf8')) as Json;
const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

function resolve(node: unknown, seen = 0): Json {
  const ref = (node as Json | undefined)?.$ref;
  if (typeof ref !== 'string' || seen > 10) return (node ?? {}) as Json;
  const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
  return resolve(target, seen + 1);
}

/** Top-level property names of a schema, through `$ref`, `allOf`, `oneOf` and `anyOf`. */
function propertyNames(schema: Json, depth = 0): string[] {
  if (depth > 5) return [];
  const own = Object.keys(resolve(schema.properties));
  const nested = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => ((schema[k] as unknown[]) ?? []).flatMap((s) => propertyNames(resolve(s), depth + 1)));
  return [...own, ...nested];
}

export function routeVocabulary(route: RegisteredRoute): RouteVocabulary {
  const path = Object.keys((document.paths as Json) ?? {}).find((p) => shape(p) === shape(route.path));
  const operation = path ? resolve(resolve((document.paths as Json)[path])[route.method.toLowerCase()]) : {};
  const parameters = ((operation.parameters as unknown[]) ?? []).map((p) => resolve(p));
  const body = resolve(resolve(resolve(operation.requestBody).content)['application/json']);
  return {
    queryKeys: [...new Set(parameters.filter((p) => p.in === 'query').map((p) => String(p.name)))],
    bodyKeys: [...new Set(propertyNames(resolve(body.schema)))],
  };
}
