import { RESERVED_USERNAME, type ManagedUser, type UserInput } from '../types';

// The limits the server's codecs enforce (server/core/security/routes/codecs.ts), so most
// mistakes are caught before the round trip.
export const USERNAME_PATTERN = /^[a-zA-Z0-9_.@-]{1,507}$/;
export const MIN_PASSWORD_LENGTH = 6;
export const MAX_PASSWORD_LENGTH = 2048;
export const MAX_NAME_LENGTH = 1024;
// Loose on purpose: the address is the user's to get right, this only catches a slip.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export interface UserFormValues {
  username: string;
  fullName: string;
  email: string;
  password: string;
  confirmPassword: string;
  roles: string[];
  enabled: boolean;
}

export type UserFormErrors = Partial<Record<keyof UserFormValues, string>>;

export function initialUserValues(user?: ManagedUser): UserFormValues {
  return {
    username: user?.username ?? '',
    fullName: user?.full_name ?? '',
    email: user?.email ?? '',
    password: '',
    confirmPassword: '',
    roles: user?.roles ?? [],
    enabled: user?.enabled ?? true,
  };
}

/** `existing` holds the usernames already taken: the users API would overwrite one silently. */
export function validateUserForm(values: UserFormValues, { isEdit, existing }: { isEdit: boolean; existing: string[] }): UserFormErrors {
  const errors: UserFormErrors = {};
  if (!isEdit) {
    if (!values.username) errors.username = 'Enter a username.';
    else if (!USERNAME_PATTERN.test(values.username)) {
      errors.username = 'Use 1 to 507 letters, digits, "_", ".", "@" or "-".';
    } else if (existing.includes(values.username)) errors.username = `User '${values.username}' already exists.`;

    if (values.password.length < MIN_PASSWORD_LENGTH) errors.password = `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
    else if (values.password.length > MAX_PASSWORD_LENGTH) errors.password = `Password must be at most ${MAX_PASSWORD_LENGTH} characters.`;
    if (values.confirmPassword !== values.password) errors.confirmPassword = 'Passwords do not match.';
  }
  if (values.fullName.length > MAX_NAME_LENGTH) errors.fullName = `Full name must be ${MAX_NAME_LENGTH} characters or fewer.`;
  if (values.email.length > MAX_NAME_LENGTH) errors.email = `Email must be ${MAX_NAME_LENGTH} characters or fewer.`;
  else if (values.email.trim() && !EMAIL.test(values.email.trim())) errors.email = 'Enter a valid email address.';
  return errors;
}

export function toUserInput(values: UserFormValues, isEdit: boolean): UserInput {
  return {
    username: values.username,
    roles: values.roles,
    // Empty optional fields are cleared (null), as Elasticsearch stores them.
    full_name: values.fullName.trim() || null,
    email: values.email.trim() || null,
    ...(isEdit ? { enabled: values.enabled } : { password: values.password }),
  };
}

export function isReservedUser(user: Pick<ManagedUser, 'username'>): boolean {
  return user.username === RESERVED_USERNAME;
}
