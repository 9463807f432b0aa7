/**
 * What the fuzz needs to exist so its requests reach past the 404s: a space, a case with a
 * comment in each space, a second user and an API key. Returns the ids by path parameter.
 */
import { caseBody } from '../cases/cases_api';
import type { createRawClient } from './raw_client';
import type { KnownIds } from './request_arbitraries';

export const FUZZ_SPACE = 'fuzz-space';
export const FUZZ_USER = 'fuzz_user';

type Client = ReturnType<typeof createRawClient>;

async function post(client: Client, authorization: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const headers = { authorization, 'kbn-xsrf': 'seed', 'content-type': 'application/json' };
  const res = await client.send({ method: 'POST', path, headers, body: JSON.stringify(body) }, 30_000);
  if (res.status >= 300) throw new Error(`seeding ${path} answered ${res.status}: ${res.text.slice(0, 300)}`);
  return (res.text ? JSON.parse(res.text) : {}) as Record<string, unknown>;
}

async function seedCase(client: Client, authorization: string, prefix: string) {
  const created = await post(client, authorization, `${prefix}/api/cases`, caseBody());
  const caseId = created.id as string;
  const withComment = await post(client, authorization, `${prefix}/api/cases/${caseId}/comments`, { type: 'user', comment: 'seeded', owner: 'cases' });
  const comments = withComment.comments as Array<{ id: string }>;
  return { caseId, commentId: comments[0].id };
}

export async function seedData(client: Client, authorization: string): Promise<KnownIds> {
  await post(client, authorization, '/api/spaces/space', { id: FUZZ_SPACE, name: 'Fuzz' });
  const inDefault = await seedCase(client, authorization, '');
  const inSpace = await seedCase(client, authorization, `/s/${FUZZ_SPACE}`);
  await post(client, authorization, `/internal/security/users/${FUZZ_USER}`, { password: 'fuzz-password-1', roles: ['viewer'], full_name: 'Fuzz', email: null });
  const apiKey = await post(client, authorization, '/internal/security/api_key', { name: 'fuzz', expiration: '1d' });
  const ids: Array<[RegExp, string[]]> = [
    [/case/i, [inDefault.caseId, inSpace.caseId]],
    [/comment/i, [inDefault.commentId, inSpace.commentId]],
    [/user/i, [FUZZ_USER]],
    [/^id$/, [FUZZ_SPACE, 'default', apiKey.id as string]],
    [/path/i, ['cases', 'cases/create', `cases/${inDefault.caseId}`]],
  ];
  return (param) => ids.find(([pattern]) => pattern.test(param))?.[1] ?? [];
}
