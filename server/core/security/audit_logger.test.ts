import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { inRequestContext } from '../http/request_context';
import { createTestLogger } from './__fixtures__/test_logger';
import { createAuditLogger, type AuditEvent, type FileAuditLogger } from './audit_logger';

const deletion: AuditEvent = {
  message: 'User is deleting cases [id=abc] as owner "securitySolution"',
  event: { action: 'case_delete', category: ['database'], type: ['deletion'], outcome: 'unknown' },
  user: { name: 'alice', roles: ['soc_l2'] },
  kibana: { space_id: 'ops', saved_object: { type: 'cases', id: 'abc' } },
};
const refusal: AuditEvent = {
  message: 'Failed attempt to create a case as any owners',
  event: { action: 'case_create', category: ['database'], type: ['creation'], outcome: 'failure' },
  user: { name: 'victor', roles: ['viewer'] },
  kibana: { space_id: 'default' },
  error: { code: 'Error', message: 'Unauthorized to create case with owners: "securitySolution"' },
};

/** Runs `fn` as a route step of a request with this id would run. */
const asRequest = (id: string, fn: () => void) =>
  inRequestContext(async () => fn())({ id } as FastifyRequest, {} as FastifyReply);

describe('audit logger', () => {
  describe('without a file (tests, embedding)', () => {
    it('writes every event at info under security.audit, ECS fields as given', () => {
      const { logger, lines } = createTestLogger();
      createAuditLogger(logger).log(deletion);
      expect(lines).toEqual([
        expect.objectContaining({
          level: 30,
          'log.logger': 'security.audit',
          msg: deletion.message,
          event: deletion.event,
          kibana: deletion.kibana,
        }),
      ]);
      expect(lines[0]).not.toHaveProperty('trace');
    });

    it('keeps only the failures when disabled, with the request id as trace.id', async () => {
      const { logger, lines } = createTestLogger();
      const audit = createAuditLogger(logger, { enabled: false });
      await asRequest('req-7', () => {
        audit.log(deletion);
        audit.log(refusal);
      });
      expect(lines).toEqual([expect.objectContaining({ msg: refusal.message, trace: { id: 'req-7' } })]);
    });
  });

  describe('to its file', () => {
    let dir: string;
    let audit: FileAuditLogger | undefined;
    const NOW = Date.UTC(2025, 4, 6, 7, 8, 9, 10);
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'audit-logger-'))));
    afterEach(() => {
      audit?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const fileAt = () => join(dir, 'audit', 'audit.log');
    const fileLines = () => readFileSync(fileAt(), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const create = (enabled: boolean, logger = createTestLogger().logger) =>
      (audit = createAuditLogger(logger, { enabled, filePath: fileAt(), rotation: { maxBytes: 1 << 20, keep: 2 }, now: () => NOW }));

    it('writes one ECS JSON line per event, with the request id as trace.id', async () => {
      const a = create(true);
      await asRequest('4bf92f3577b34da6a3ce929d0e0e4736', () => a.log(deletion));
      expect(readFileSync(fileAt(), 'utf8').split('\n')).toHaveLength(2);
      expect(fileLines()).toEqual([
        {
          '@timestamp': '2025-05-06T07:08:09.010Z',
          message: deletion.message,
          event: deletion.event,
          user: { name: 'alice', roles: ['soc_l2'] },
          kibana: { space_id: 'ops', saved_object: { type: 'cases', id: 'abc' } },
          trace: { id: '4bf92f3577b34da6a3ce929d0e0e4736' },
          'log.level': 'info',
          'log.logger': 'security.audit',
          'ecs.version': '8.10.0',
        },
      ]);
    });

    it('has no trace.id outside a request', () => {
      create(true).log(deletion);
      expect(fileLines()[0]).not.toHaveProperty('trace');
    });

    it('writes the failures when disabled, and nothing else', () => {
      const a = create(false);
      a.log(deletion);
      a.log({ ...deletion, event: { ...deletion.event, outcome: 'success' } });
      a.log(refusal);
      expect(fileLines().map((l) => l.message)).toEqual([refusal.message]);
    });

    it('writes successes and failures when enabled', () => {
      const a = create(true);
      a.log(deletion);
      a.log(refusal);
      expect(fileLines().map((l) => (l.event as { outcome: string }).outcome)).toEqual(['unknown', 'failure']);
    });

    it('also sends failures, and only them, to the process log', () => {
      const { logger, lines } = createTestLogger();
      const a = create(true, logger);
      a.log(deletion);
      a.log(refusal);
      expect(lines).toEqual([expect.objectContaining({ 'log.logger': 'security.audit', msg: refusal.message, error: refusal.error })]);
    });

    it('never throws on a disk error: reports it once, and again when writing resumes', () => {
      const { logger, lines } = createTestLogger();
      // A folder where the file should be makes every open fail, for root too.
      mkdirSync(fileAt(), { recursive: true });
      const a = create(true, logger);
      expect(() => {
        a.log(deletion);
        a.log(deletion);
      }).not.toThrow();
      expect(lines.map((l) => [l.level, l.msg])).toEqual([[50, expect.stringContaining(`Cannot open the audit log ${fileAt()}`)]]);
      rmSync(fileAt(), { recursive: true });
      a.log(deletion);
      expect(lines.map((l) => l.level)).toEqual([50, 40]);
      expect(fileLines()).toHaveLength(1);
    });
  });
});
