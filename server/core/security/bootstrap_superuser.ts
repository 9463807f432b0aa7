/**
 * A fresh install must be reachable: the `elastic` superuser is created on start when missing.
 * ELASTIC_PASSWORD, when set, is authoritative and resets the password on every start (so a
 * lost password is fixed by restarting with it). Without it, a generated password is shown
 * once, on stdout, and never stored in clear.
 */
import type { Logger } from '../logging/types';
import { isConflict } from './repository_errors';
import { generatePassword, verifyPassword } from './password_hash';
import { SUPERUSER_ROLE } from './types';
import { RESERVED_SUPERUSER, type UserStore } from './user_store';

export interface BootstrapDeps {
  users: UserStore;
  logger: Logger;
  elasticPassword?: string;
  /** Where the one-time password line goes; stdout in production, captured in tests. */
  writeStdout: (line: string) => void;
  /** Called when an existing user's password changed, to end its sessions and cached credentials. */
  onPasswordChanged: (username: string) => Promise<void>;
}

export async function ensureSuperuser(deps: BootstrapDeps): Promise<void> {
  const { users, logger, elasticPassword } = deps;
  const existing = await users.get(RESERVED_SUPERUSER);
  if (!existing) {
    const password = elasticPassword ?? generatePassword();
    try {
      await users.create(RESERVED_SUPERUSER, { password, roles: [SUPERUSER_ROLE], full_name: null, email: null });
    } catch (e) {
      // Another process sharing the store created it first; its password stands.
      if (isConflict(e)) return ensureSuperuser(deps);
      throw e;
    }
    if (elasticPassword === undefined) {
      logger.warn('Created the elastic superuser with a generated password; it is printed once on stdout');
      deps.writeStdout(`Generated password for the elastic user: ${password}\n`);
    } else {
      logger.info('Created the elastic superuser with the password from ELASTIC_PASSWORD');
    }
    return;
  }
  if (!existing.roles.includes(SUPERUSER_ROLE) || !existing.enabled) {
    await users.update(RESERVED_SUPERUSER, { roles: [...new Set([...existing.roles, SUPERUSER_ROLE])], enabled: true });
  }
  if (elasticPassword !== undefined && !(await verifyPassword(elasticPassword, existing.password_hash))) {
    await users.update(RESERVED_SUPERUSER, { password: elasticPassword });
    await deps.onPasswordChanged(RESERVED_SUPERUSER);
    logger.info('Set the elastic user password from ELASTIC_PASSWORD');
  }
}
