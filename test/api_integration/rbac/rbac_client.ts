/* eslint-disable @typescript-eslint/no-explicit-any -- answers are inspected by the route table, each as its route shapes them */
/**
 * Plain HTTP as one user. The matrix records every status rather than throwing on it: a refusal
 * is an answer to compare with the oracle, not an error. (The contract of each answer's shape is
 * the other api tests' business.)
 */
export interface Answer {
  status: number;
  body: any;
  text: string;
}

export interface Request {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path without the space prefix. */
  path: string;
  body?: unknown;
  /** A multipart/form-data body instead of JSON (the file upload); made fresh for each call. */
  form?: FormData;
}

export type Caller = (space: string | undefined, request: Request) => Promise<Answer>;

export const inSpace = (space: string | undefined, path: string) => (space && space !== 'default' ? `/s/${space}${path}` : path);

export function callerFor(baseUrl: string, username: string, password: string): Caller {
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  return async (space, { method, path, body, form }) => {
    // With a form, fetch writes the content type itself: it holds the boundary it chose.
    const headers: Record<string, string> = { authorization, 'kbn-xsrf': 'rbac-matrix' };
    if (!form) headers['content-type'] = 'application/json';
    const res = await fetch(`${baseUrl}${inSpace(space, path)}`, {
      method,
      redirect: 'manual',
      headers,
      body: form ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await res.text();
    let parsed: any = text;
    if (text && (res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text);
    return { status: res.status, body: parsed, text };
  };
}

/** For the setup steps, which must succeed: fails with the answer when they do not. */
export async function must(answer: Promise<Answer>, what: string, status = [200, 204]): Promise<any> {
  const res = await answer;
  if (!status.includes(res.status)) throw new Error(`${what}: HTTP ${res.status} ${res.text.slice(0, 400)}`);
  return res.body;
}
