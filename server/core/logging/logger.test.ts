import { PassThrough } from 'node:stream';
import { createLogger } from './logger';

function capture(level: Parameters<typeof createLogger>[0]['level'] = 'info') {
  const stream = new PassThrough();
  const lines: Array<Record<string, unknown>> = [];
  stream.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line));
  });
  return { logger: createLogger({ level, destination: stream }), lines };
}

describe('createLogger', () => {
  it('writes one ECS JSON object per line', () => {
    const { logger, lines } = capture();
    logger.info({ http: { request: { method: 'GET' } } }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      'log.level': 'info',
      message: 'hello',
      'ecs.version': expect.any(String),
      http: { request: { method: 'GET' } },
    });
    expect(new Date(lines[0]['@timestamp'] as string).toISOString()).toBe(lines[0]['@timestamp']);
    expect(lines[0]).not.toHaveProperty('msg');
    expect(lines[0]).not.toHaveProperty('level');
  });

  it('names plugin loggers through child bindings', () => {
    const { logger, lines } = capture();
    logger.child({ 'log.logger': 'plugins.cases' }).warn('careful');
    expect(lines[0]).toMatchObject({ 'log.level': 'warn', 'log.logger': 'plugins.cases', message: 'careful' });
  });

  it('turns errors into ECS error fields with the stack', () => {
    const { logger, lines } = capture();
    logger.error({ err: new TypeError('boom') }, 'failed');
    expect(lines[0]).toMatchObject({
      'log.level': 'error',
      message: 'failed',
      error: { type: 'TypeError', message: 'boom', stack_trace: expect.stringContaining('TypeError: boom') },
    });
  });

  it('honours the level', () => {
    const { logger, lines } = capture('warn');
    logger.info('dropped');
    logger.debug('dropped');
    logger.error('kept');
    expect(lines.map((l) => l.message)).toEqual(['kept']);
    expect(createLogger({ level: 'silent', destination: new PassThrough() }).isLevelEnabled('fatal')).toBe(false);
  });
});
