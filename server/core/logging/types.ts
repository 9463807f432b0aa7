import type { Logger as PinoLogger } from 'pino';

/** Plugins log through pino loggers that write ECS JSON; `child({ 'log.logger': name })` names them. */
export type Logger = PinoLogger;
