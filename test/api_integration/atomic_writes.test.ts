/**
 * "All or nothing" for the writes that touch several objects (issue 9, item 4): create case,
 * add comment, delete comment, update cases and delete cases each go through one unit of work.
 * For each, a failure is injected before every operation of its unit, in turn; afterwards the
 * store must be exactly as before: no case without its `create_case` action, no comment
 * without its action, no half-updated or half-deleted set of cases. A run without a failure
 * shows the operation did write, so the comparison can fail.
 *
 * The last part kills a child process with SIGKILL in the middle of the unit's transaction
 * (it needs the built server: `npm run build:server`) and reopens the file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHarness, newCase, type Harness } from '../../server/client/__fixtures__/client_harness';
import type { CasesClient } from '../../server/client';
import { storeDump, checkActivityInvariants, type StoreDump } from './fixtures/store_dump';

jest.setTimeout(60_000);

/** Fails the first unit of work that reaches operation `index`, once. */
interface Fault {
  index?: number;
  /** Highest operation index seen in the last run: how many steps a unit of the operation has. */
  reached: number;
}

const fault: Fault = { reached: -1 };

async function open(path: string): Promise<Harness> {
  return createHarness({
    storage: {
      path,
      testHooks: {
        beforeOperation: (index) => {
          fault.reached = Math.max(fault.reached, index);
          if (index === fault.index) {
            fault.index = undefined;
            throw new Error(`injected failure before operation ${index}`);
          }
        },
      },
    },
  });
}

interface Scenario {
  name: string;
  /** Data the operation works on, written before the faults. */
  seed(client: CasesClient): Promise<Record<string, string>>;
  run(client: CasesClient, seeded: Record<string, string>): Promise<unknown>;
}

const userComment = (comment: string) => ({ type: 'user' as const, comment, owner: 'securitySolution' });

const SCENARIOS: Scenario[] = [
  {
    name: 'create case',
    seed: async () => ({}),
    run: (client) => client.cases.create(newCase({ title: 'Created under fault' })),
  },
  {
    name: 'add comment',
    seed: async (client) => ({ caseId: (await client.cases.create(newCase())).id }),
    run: (client, { caseId }) => client.attachments.add(caseId, userComment('under fault')),
  },
  {
    name: 'delete comment',
    seed: async (client) => {
      const created = await client.cases.create(newCase());
      const withComment = await client.attachments.add(created.id, userComment('to delete'));
      return { caseId: created.id, commentId: withComment.comments?.[0]?.id ?? '' };
    },
    run: (client, { caseId, commentId }) => client.attachments.delete(caseId, commentId),
  },
  {
    name: 'update cases',
    seed: async (client) => {
      const a = await client.cases.create(newCase({ title: 'first' }));
      const b = await client.cases.create(newCase({ title: 'second' }));
      return { a: a.id, aVersion: a.version, b: b.id, bVersion: b.version };
    },
    run: (client, s) =>
      client.cases.update({
        cases: [
          { id: s.a, version: s.aVersion, status: 'closed', title: 'first, closed' },
          { id: s.b, version: s.bVersion, tags: ['changed'], severity: 'high' },
        ],
      }),
  },
  {
    name: 'delete cases',
    seed: async (client) => {
      const a = await client.cases.create(newCase({ title: 'first' }));
      const b = await client.cases.create(newCase({ title: 'second' }));
      await client.attachments.add(a.id, userComment('on a'));
      await client.attachments.add(b.id, userComment('on b'));
      return { a: a.id, b: b.id };
    },
    run: (client, { a, b }) => client.cases.delete([a, b]),
  },
];

describe.each(SCENARIOS)('$name is all or nothing', ({ seed, run }) => {
  let harness: Harness;
  let seeded: Record<string, string>;
  let before: StoreDump;

  beforeAll(async () => {
    harness = await open(join(mkdtempSync(join(tmpdir(), 'cases-atomic-')), 'cases.sqlite'));
    seeded = await seed(harness.client());
    before = await storeDump(harness.objects());
  });
  afterAll(() => harness.close());

  it('writes through one unit of work of several operations, and the store keeps its invariants', async () => {
    const probe = await open(':memory:');
    try {
      const probeSeed = await seed(probe.client());
      fault.reached = -1;
      await run(probe.client(), probeSeed);
      expect(fault.reached).toBeGreaterThanOrEqual(1);
      checkActivityInvariants(await storeDump(probe.objects()));
    } finally {
      await probe.close();
    }
  });

  it('leaves no trace when any operation of its unit fails', async () => {
    const probe = await open(':memory:');
    try {
      const probeSeed = await seed(probe.client());
      fault.reached = -1;
      await run(probe.client(), probeSeed);
    } finally {
      await probe.close();
    }
    const steps = fault.reached + 1;
    for (let index = 0; index < steps; index++) {
      fault.index = index;
      await expect(run(harness.client(), seeded)).rejects.toThrow(`injected failure before operation ${index}`);
      const after = await storeDump(harness.objects());
      expect({ index, after }).toEqual({ index, after: before });
    }
    checkActivityInvariants(before);
  });

  it('then succeeds in full, with every case and comment beside its action', async () => {
    fault.index = undefined;
    await run(harness.client(), seeded);
    const after = await storeDump(harness.objects());
    expect(after).not.toEqual(before);
    checkActivityInvariants(after);
  });
});

/** Runs the child fixture; resolves with how it ended. */
function runChild(args: string[]): Promise<{ signal: NodeJS.Signals | null; stdout: string }> {
  const child = spawn(process.execPath, [join(__dirname, 'fixtures/killed_mid_unit.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) =>
    child.once('exit', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve({ signal, stdout }) : reject(new Error(`child exited ${code}: ${stderr}`)))),
  );
}

describe('kill -9 in the middle of a unit of work', () => {
  it.each(['create-case', 'add-comment'])('%s: after reopening, no trace of the killed operation', async (operation) => {
    const path = join(mkdtempSync(join(tmpdir(), 'cases-killed-')), 'cases.sqlite');
    const seeding = await open(path);
    const caseId = (await seeding.client().cases.create(newCase())).id;
    const before = await storeDump(seeding.objects());
    await seeding.close();

    let killed = 0;
    for (let index = 0; ; index++) {
      const { signal, stdout } = await runChild([path, operation, String(index), caseId]);
      if (signal !== 'SIGKILL') {
        // Past the last operation: the child finished, and the operation is there in full.
        expect(stdout).toContain('done');
        break;
      }
      killed += 1;
      const reopened = await open(path);
      try {
        expect({ index, after: await storeDump(reopened.objects()) }).toEqual({ index, after: before });
      } finally {
        await reopened.close();
      }
    }
    expect(killed).toBeGreaterThanOrEqual(2);
    const finished = await open(path);
    try {
      const after = await storeDump(finished.objects());
      expect(after).not.toEqual(before);
      checkActivityInvariants(after);
    } finally {
      await finished.close();
    }
  });
});
