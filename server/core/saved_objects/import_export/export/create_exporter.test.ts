/**
 * The exporter on a real SQLite store: Kibana's checks and messages, Kibana's order and
 * documents, hooks and their additions, references, authorization, and exports too large to
 * hold in memory streaming page by page.
 */
import { HttpError } from '../../../errors';
import type { ExportDetails } from '../types';
import { createExporter, EXPORT_PAGE_SIZE } from './create_exporter';
import { isExportError } from './export_error';
import { createExportHarness, parseLines, readAll, ref, type ExportHarness } from './__fixtures__/export_harness';

let h: ExportHarness;

async function seed(harness: ExportHarness) {
  const repo = harness.backend.repository;
  const ns = { namespace: 'default' };
  await repo.create('plain', { title: 'delta plain', n: 4 }, { ...ns, id: 'delta' });
  await repo.create('plain', { title: 'alpha plain', n: 1 }, { ...ns, id: 'alpha', user: 'elastic' });
  await repo.create('plain', { title: 'beta plain', n: 2 }, { ...ns, id: 'beta', originId: 'beta-origin' });
  await repo.create('secret', { v: 'x' }, { ...ns, id: 's1' });
  await repo.create('parent', { name: 'First parent', owner: 'team' }, {
    ...ns,
    id: 'p1',
    references: [ref('plain', 'alpha'), ref('plain', 'ghost'), ref('secret', 's1')],
  });
  await repo.create('parent', { name: 'Second parent', owner: 'team' }, { ...ns, id: 'p2' });
  await repo.create('child', { text: 'of p1' }, { ...ns, id: 'c1', references: [ref('parent', 'p1')] });
  await repo.create('child', { text: 'of p2' }, { ...ns, id: 'c0', references: [ref('parent', 'p2')] });
  // Another space: never part of a default-space export.
  await repo.create('plain', { title: 'elsewhere', n: 9 }, { namespace: 'other', id: 'aaa' });
}

beforeAll(async () => {
  h = await createExportHarness();
  await seed(h);
});
afterAll(() => h.close());
beforeEach(() => h.resetCounters());

const exportBody = async (options: Parameters<ReturnType<typeof createExporter>['export']>[0], tuning = {}) =>
  readAll(await createExporter(h.deps, tuning).export(options));

async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
  throw new Error('expected the export to fail');
}

describe('validation (Kibana’s messages, before anything is read)', () => {
  const fails = async (extra: Parameters<ExportHarness['options']>[0], message: string) => {
    const error = await rejection(createExporter(h.deps).export(h.options(extra)));
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe(message);
  };

  it('needs types or objects, not both', async () => {
    await fails({}, 'Either `type` or `objects` are required.');
    await fails({ types: [], objects: [] }, 'Either `type` or `objects` are required.');
    await fails({ types: ['plain'], objects: [{ type: 'plain', id: 'alpha' }] }, `Can't specify both "types" and "objects" properties when exporting`);
  });

  it('refuses a search or a references filter on an objects export', async () => {
    await fails({ objects: [{ type: 'plain', id: 'alpha' }], search: 'x' }, `Can't specify both "search" and "objects" properties when exporting`);
    await fails(
      { objects: [{ type: 'plain', id: 'alpha' }], hasReference: [{ type: 'parent', id: 'p1' }] },
      `Can't specify both "references" and "objects" properties when exporting`,
    );
  });

  it('names the types and objects that are not exportable', async () => {
    await fails({ types: ['plain', 'secret', 'nope'] }, 'Trying to export non-exportable type(s): secret, nope');
    await fails(
      { objects: [{ type: 'plain', id: 'alpha' }, { type: 'secret', id: 's1' }, { type: 'nope', id: 'n' }] },
      'Trying to export object(s) with non-exportable types: secret:s1, nope:n',
    );
  });

  it('lists the objects that cannot be read, with their errors', async () => {
    const error = await rejection(
      createExporter(h.deps).export(h.options({ objects: [{ type: 'plain', id: 'alpha' }, { type: 'plain', id: 'missing' }, { type: 'plain', id: 'aaa' }] })),
    );
    expect(error.statusCode).toBe(400);
    expect(error.message).toBe('Error fetching objects to export');
    expect(isExportError(error) && error.attributes).toEqual({
      objects: [
        { type: 'plain', id: 'missing', error: expect.objectContaining({ statusCode: 404 }) },
        { type: 'plain', id: 'aaa', error: expect.objectContaining({ statusCode: 404 }) },
      ],
    });
    expect(error.toBody()).toMatchObject({ statusCode: 400, error: 'Bad Request', attributes: { objects: expect.any(Array) } });
  });

  it('enforces maxImportExportSize: the objects asked for, or the objects a type export finds', async () => {
    const small = { ...h.deps, limits: { ...h.deps.limits, maxImportExportSize: 2 } };
    const objects = await rejection(
      createExporter(small).export(h.options({ objects: ['alpha', 'beta', 'delta'].map((id) => ({ type: 'plain', id })) })),
    );
    expect(objects.message).toBe("Can't export more than 2 objects");
    h.resetCounters();
    const types = await rejection(createExporter(small).export(h.options({ types: ['plain'] })));
    expect(types.statusCode).toBe(400);
    expect(types.message).toBe(
      `Can't export more than 2 objects. If your server has enough memory, this limit can be increased by adjusting the "savedObjects.maxImportExportSize" setting.`,
    );
    expect(h.pagesRead()).toBe(0);
    // Exactly at the limit is fine.
    const atLimit = { ...h.deps, limits: { ...h.deps.limits, maxImportExportSize: 3 } };
    expect(parseLines(await readAll(await createExporter(atLimit).export(h.options({ types: ['plain'] }))))).toHaveLength(4);
  });
});

describe('type exports', () => {
  it('writes Kibana’s documents by id ascending, keys sorted, the details line last, no trailing newline', async () => {
    const body = await exportBody(h.options({ types: ['plain'] }));
    expect(body.endsWith('\n')).toBe(false);
    const lines = parseLines(body);
    expect(lines.map((l) => l.id)).toEqual(['alpha', 'beta', 'delta', undefined]);
    const alpha = lines[0];
    expect(alpha).toEqual({
      type: 'plain',
      id: 'alpha',
      attributes: { title: 'alpha plain', n: 1 },
      references: [],
      coreMigrationVersion: '8.8.0',
      typeMigrationVersion: '10.2.0',
      managed: false,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      created_by: 'elastic',
      updated_by: 'elastic',
      version: expect.any(String),
    });
    expect(lines[1].originId).toBe('beta-origin');
    expect(lines[2]).not.toHaveProperty('created_by');
    expect(lines[2]).not.toHaveProperty('originId');
    expect(lines[2]).not.toHaveProperty('namespaces');
    const firstLine = body.split('\n')[0];
    expect(Object.keys(JSON.parse(firstLine))).toEqual([...Object.keys(JSON.parse(firstLine))].sort());
    expect(lines[3]).toEqual({ exportedCount: 3, missingRefCount: 0, missingReferences: [], excludedObjectsCount: 0, excludedObjects: [] });
    expect(body.split('\n')[3]).toBe('{"excludedObjects":[],"excludedObjectsCount":0,"exportedCount":3,"missingRefCount":0,"missingReferences":[]}');
  });

  it('exports every exportable type for `*`, in the request’s space only', async () => {
    const lines = parseLines(await exportBody(h.options({ types: ['*'], excludeExportDetails: true })));
    expect(lines.map((l) => `${l.type}:${l.id}`).sort()).toEqual(
      ['plain:alpha', 'plain:beta', 'plain:delta', 'parent:p1', 'parent:p2', 'child:c0', 'child:c1'].sort(),
    );
    const other = parseLines(await exportBody(h.options({ namespace: 'other', types: ['plain'], excludeExportDetails: true })));
    expect(other.map((l) => l.id)).toEqual(['aaa']);
  });

  it('runs onExport: additions follow, converted by their own type, without their own hook; references come first', async () => {
    const lines = parseLines(await exportBody(h.options({ types: ['parent'] })));
    // By id: c0, c1, p1, p2; then each parent moves before the child that references it.
    expect(lines.slice(0, -1).map((l) => `${l.type}:${l.id}`)).toEqual(['parent:p2', 'child:c0', 'parent:p1', 'child:c1']);
    expect(lines[2]).toMatchObject({ attributes: { title: 'First parent', owner: 'team' }, typeMigrationVersion: '8.10.0' });
    expect(lines[3]).toMatchObject({ attributes: { text: 'of p1', converted: true }, typeMigrationVersion: '8.11.0' });
    expect(h.calls.parentHook).toEqual([['p1', 'p2']]);
    expect(h.calls.childHook).toEqual([]);
    expect(lines[4]).toMatchObject({ exportedCount: 4, missingRefCount: 0 });
  });

  it('narrows by search (the types’ default search fields) and by hasReference', async () => {
    const found = parseLines(await exportBody(h.options({ types: ['plain'], search: 'beta', excludeExportDetails: true })));
    expect(found.map((l) => l.id)).toEqual(['beta']);
    const children = parseLines(
      await exportBody({ ...h.options({ types: ['child'], excludeExportDetails: true }), hasReference: [{ type: 'parent', id: 'p2' }] } as never),
    );
    expect(children.map((l) => l.id)).toEqual(['c0']);
  });

  it('refuses the whole export with the first refusal’s message, before any byte', async () => {
    await h.backend.repository.create('parent', { name: 'Hidden', owner: 'forbidden' }, { namespace: 'locked', id: 'p9' });
    await h.backend.repository.create('parent', { name: 'Open', owner: 'team' }, { namespace: 'locked', id: 'p8' });
    const error = await rejection(createExporter(h.deps).export(h.options({ namespace: 'locked', types: ['parent'] })));
    expect(error.statusCode).toBe(403);
    expect(error.message).toBe('Unauthorized to export parent [p9] of owner [forbidden]');
    const byObjects = await rejection(createExporter(h.deps).export(h.options({ namespace: 'locked', objects: [{ type: 'parent', id: 'p9' }] })));
    expect(byObjects.statusCode).toBe(403);
  });
});

describe('objects exports', () => {
  it('keeps the order asked for, follows references deep, and reports missing ones', async () => {
    const body = await exportBody(
      h.options({ objects: [{ type: 'plain', id: 'beta' }, { type: 'parent', id: 'p1' }], includeReferencesDeep: true }),
    );
    const lines = parseLines(body);
    const details = lines.pop() as unknown as ExportDetails;
    // beta, p1 as asked; alpha (p1's reference) moves before p1; c1 (added by p1's hook) after.
    expect(lines.map((l) => `${l.type}:${l.id}`)).toEqual(['plain:beta', 'plain:alpha', 'parent:p1', 'child:c1']);
    expect(details).toEqual({
      exportedCount: 4,
      missingRefCount: 1,
      missingReferences: [{ type: 'plain', id: 'ghost' }],
      excludedObjectsCount: 0,
      excludedObjects: [],
    });
    expect(h.calls.childHook).toEqual([]);
  });

  it('without includeReferencesDeep exports only what was asked and what hooks add', async () => {
    const lines = parseLines(await exportBody(h.options({ objects: [{ type: 'parent', id: 'p1' }], excludeExportDetails: true })));
    expect(lines.map((l) => `${l.type}:${l.id}`)).toEqual(['parent:p1', 'child:c1']);
  });

  it('runs the hooks of referenced objects it fetches, not of what those hooks add', async () => {
    const lines = parseLines(await exportBody(h.options({ objects: [{ type: 'child', id: 'c0' }], includeReferencesDeep: true })));
    expect(lines.slice(0, -1).map((l) => `${l.type}:${l.id}`)).toEqual(['parent:p2', 'child:c0']);
    expect(h.calls.childHook).toEqual([['c0']]);
    expect(h.calls.parentHook).toEqual([['p2']]);
  });
});

describe('exports larger than memory holds', () => {
  const keys = (lines: Array<Record<string, unknown>>) => lines.slice(0, -1).map((l) => `${l.type}:${l.id}`);

  it('writes page by page past the in-memory limit: the same objects, each page sorted as Kibana sorts', async () => {
    const whole = parseLines(await exportBody(h.options({ types: ['parent', 'plain'] })));
    const paged = parseLines(await exportBody(h.options({ types: ['parent', 'plain'] }), { inMemoryLimit: 3, pageSize: 2 }));
    expect(keys(paged).sort()).toEqual(keys(whole).sort());
    // Pages by id: [alpha, beta], then [delta, p1] with c1 (p1 before the child referencing it), then [p2] with c0.
    expect(keys(paged)).toEqual(['plain:alpha', 'plain:beta', 'parent:p1', 'child:c1', 'plain:delta', 'parent:p2', 'child:c0']);
    expect(paged[paged.length - 1]).toMatchObject({ exportedCount: 7 });
  });

  it('falls back to pages when hooks bring more than the in-memory limit', async () => {
    const paged = parseLines(await exportBody(h.options({ types: ['parent'] }), { inMemoryLimit: 3, pageSize: 1 }));
    expect(keys(paged)).toEqual(['parent:p1', 'child:c1', 'parent:p2', 'child:c0']);
    const objects = parseLines(
      await exportBody(h.options({ objects: [{ type: 'parent', id: 'p2' }, { type: 'parent', id: 'p1' }] }), { inMemoryLimit: 3, pageSize: 1 }),
    );
    expect(keys(objects)).toEqual(['parent:p2', 'child:c0', 'parent:p1', 'child:c1']);
  });

  it('destroys the stream when a later page is refused', async () => {
    const repo = h.backend.repository;
    for (let i = 1; i <= 6; i++) {
      await repo.create('parent', { name: `P${i}`, owner: i === 5 ? 'forbidden' : 'team' }, { namespace: 'mixed', id: `p${i}` });
    }
    const stream = await createExporter(h.deps, { inMemoryLimit: 2, pageSize: 2 }).export(h.options({ namespace: 'mixed', types: ['parent'] }));
    const error = await rejection(readAll(stream));
    expect(error.statusCode).toBe(403);
    expect(error.message).toBe('Unauthorized to export parent [p5] of owner [forbidden]');
  });

  it('streams 25,000 objects as it reads them, by id, the same bytes every time', async () => {
    const total = 25_000;
    const ids = Array.from({ length: total }, (_, i) => `obj-${String((i * 7919) % total).padStart(5, '0')}`);
    for (let start = 0; start < total; start += 1000) {
      await h.backend.repository.bulkCreate(
        ids.slice(start, start + 1000).map((id) => ({ type: 'plain', id, attributes: { title: id, n: 1 } })),
        { namespace: 'big', refresh: false },
      );
    }
    h.resetCounters();
    const stream = await createExporter(h.deps).export(h.options({ namespace: 'big', types: ['plain'] }));
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);
    // Only the first pages have been read when the first bytes are out.
    expect(h.pagesRead()).toBeLessThanOrEqual(3);
    const chunks: Buffer[] = [first.value as Buffer];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) chunks.push(next.value as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    expect(h.pagesRead()).toBe(total / EXPORT_PAGE_SIZE);
    const lines = parseLines(body);
    expect(lines).toHaveLength(total + 1);
    const exported = lines.slice(0, -1).map((l) => l.id as string);
    expect(exported).toEqual([...ids].sort());
    expect(lines[total]).toMatchObject({ exportedCount: total });
    expect(await exportBody(h.options({ namespace: 'big', types: ['plain'] }))).toBe(body);
  }, 120_000);
});
