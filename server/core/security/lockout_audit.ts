/**
 * Turns a lock the login throttle started into an audit event, so an operator can see who was
 * guessing at what, from where, and for how long they are held off.
 */
import type { AuditEvent } from './audit_logger';
import type { Lockout } from './login_throttle';

export const USER_LOGIN_LOCKED = 'user_login_locked';
export const API_KEY_AUTH_LOCKED = 'api_key_auth_locked';

export function lockoutAuditEvent(lockout: Lockout): AuditEvent {
  const { scope, subject, address, failures, lockedUntil } = lockout;
  const who = subject.type === 'user' ? `user [${subject.username}]` : `API key [${subject.id}]`;
  const what = scope === 'address' ? `every login from [${address}] (last tried ${who})` : `${who} from [${address}]`;
  return {
    message: `Locked ${what} until ${new Date(lockedUntil).toISOString()} after ${failures} failed attempts`,
    event: {
      action: subject.type === 'user' ? USER_LOGIN_LOCKED : API_KEY_AUTH_LOCKED,
      category: ['authentication'],
      type: ['info'],
      outcome: 'failure',
    },
    // The owner of a key is not looked up for a wrong secret: the id may name no key at all.
    ...(subject.type === 'user' ? { user: { name: subject.username } } : {}),
    source: { ip: address },
    kibana: {
      authentication_lockout: {
        scope,
        failures,
        locked_until: new Date(lockedUntil).toISOString(),
        ...(subject.type === 'api_key' ? { api_key_id: subject.id } : {}),
      },
    },
  };
}
