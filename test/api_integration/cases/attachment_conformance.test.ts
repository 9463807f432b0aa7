/**
 * Kibana's behaviour on the attachment and user-action routes, over HTTP: the deprecated lists'
 * Warning header, includeComments=false, comments oldest first, tags add-before-delete, an
 * unknown attachment type named in its 400, and a deleted case's activity.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addComment, createCase, expectStatus, useCasesServer } from './cases_api';

const api = useCasesServer();

const manifestVersion = (): string => {
  const text = readFileSync(join(__dirname, '../../../kibana.jsonc'), 'utf8');
  return /"version"\s*:\s*"([^"]+)"/.exec(text)?.[1] ?? String(JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version);
};

describe('attachments and user actions, as Kibana answers', () => {
  it('warns on the deprecated comments and user-actions lists', async () => {
    const c = await createCase(api);
    const expected = `299 Kibana-${manifestVersion()} "Deprecated endpoint"`;
    for (const path of [`/api/cases/${c.id}/comments`, `/api/cases/${c.id}/user_actions`]) {
      const res = await api.call('GET', path);
      expectStatus(res, 200);
      expect(res.headers.get('warning')).toBe(expected);
    }
    expect((await api.call('GET', `/api/cases/${c.id}/user_actions/_find`)).headers.get('warning')).toBeNull();
  });

  it('leaves the comments out with includeComments=false, keeping the totals', async () => {
    const c = await createCase(api);
    await addComment(api, c.id, 'one');
    const without = await api.call('GET', `/api/cases/${c.id}?includeComments=false`);
    expectStatus(without, 200);
    expect(without.body).toMatchObject({ comments: [], totalComment: 1 });
    expect((await api.call('GET', `/api/cases/${c.id}`)).body.comments).toHaveLength(1);
  });

  it('finds comments oldest first when no sort is given', async () => {
    const c = await createCase(api);
    for (const text of ['first', 'second', 'third']) await addComment(api, c.id, text);
    const res = await api.call('GET', `/api/cases/${c.id}/comments/_find`);
    expect(res.body.comments.map((x: { comment: string }) => x.comment)).toEqual(['first', 'second', 'third']);
  });

  it('logs a tags replacement as add then delete', async () => {
    const c = await createCase(api, { tags: ['old'] });
    expectStatus(await api.call('PATCH', '/api/cases', { body: { cases: [{ id: c.id, version: c.version, tags: ['new'] }] } }), 200);
    const res = await api.call('GET', `/api/cases/${c.id}/user_actions/_find?types=tags&sortOrder=asc`);
    expect(res.body.userActions.map((u: { action: string; payload: unknown }) => [u.action, u.payload])).toEqual([
      ['add', { tags: ['new'] }],
      ['delete', { tags: ['old'] }],
    ]);
  });

  it('names an unknown attachment type in its 400', async () => {
    const c = await createCase(api);
    const res = await api.call('POST', `/api/cases/${c.id}/comments`, { body: { type: 'widget', owner: 'cases' } });
    expectStatus(res, 400, /\[request body\]: Attachment type widget is not registered\./);
  });

  it('answers 404 on user_actions/_find and [] on the deprecated list once the case is deleted', async () => {
    const c = await createCase(api);
    await addComment(api, c.id, 'soon gone');
    expectStatus(await api.call('DELETE', `/api/cases?ids=${encodeURIComponent(JSON.stringify([c.id]))}`), 204);
    expectStatus(await api.call('GET', `/api/cases/${c.id}/user_actions/_find`), 404);
    const legacy = await api.call('GET', `/api/cases/${c.id}/user_actions`);
    expectStatus(legacy, 200);
    expect(legacy.body).toEqual([]);
  });
});
