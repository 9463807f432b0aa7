/**
 * The platform's root logger: pino writing ECS JSON, one object per line, so the output can be
 * shipped to Elasticsearch as is (Kibana's own server logs use the same layout).
 */
import pino from 'pino';
import { ecsFormat } from '@elastic/ecs-pino-format';
import type { Logger } from './types';

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';

export interface CreateLoggerOptions {
  level: LogLevel;
  /** Defaults to stdout. Tests pass a stream to read the lines back. */
  destination?: NodeJS.WritableStream;
}

export function createLogger({ level, destination }: CreateLoggerOptions): Logger {
  // APM integration would try to require the agent on every record; we run without one.
  const options = { ...ecsFormat({ convertErr: true, apmIntegration: false }), level };
  return destination ? pino(options, destination) : pino(options);
}
