import { createTestLogger } from './__fixtures__/test_logger';
import { createAuditLogger } from './audit_logger';

describe('audit logger', () => {
  it('writes a plugin event at info under security.audit, ECS fields as given', () => {
    const { logger, lines } = createTestLogger();
    createAuditLogger(logger).log({
      message: 'User has deleted case [id=abc]',
      event: { action: 'case_delete', category: ['database'], type: ['deletion'], outcome: 'unknown' },
      kibana: { space_id: 'ops', saved_object: { type: 'cases', id: 'abc' } },
    });
    expect(lines).toEqual([
      expect.objectContaining({
        level: 30,
        'log.logger': 'security.audit',
        msg: 'User has deleted case [id=abc]',
        event: { action: 'case_delete', category: ['database'], type: ['deletion'], outcome: 'unknown' },
        kibana: { space_id: 'ops', saved_object: { type: 'cases', id: 'abc' } },
      }),
    ]);
  });
});
