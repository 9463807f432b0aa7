import { type SpaceInput } from '../containers/types';

// The same limits the server enforces, so most mistakes are caught before the round trip.
export const SPACE_ID_PATTERN = /^[a-z0-9_-]+$/;
export const SPACE_ID_MAX_LENGTH = 36;
export const SPACE_NAME_MAX_LENGTH = 1024;
export const SPACE_INITIALS_MAX_LENGTH = 2;
const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export interface SpaceFormValues {
  id: string;
  name: string;
  description: string;
  color: string;
  initials: string;
}

export type SpaceFormErrors = Partial<Record<keyof SpaceFormValues, string>>;

/** A URL identifier from a display name: "SOC EU (Paris)" becomes "soc-eu-paris-". */
export function toSpaceId(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, SPACE_ID_MAX_LENGTH);
}

export function validateSpaceForm(values: SpaceFormValues): SpaceFormErrors {
  const errors: SpaceFormErrors = {};
  if (!values.name.trim()) errors.name = 'Enter a name.';
  else if (values.name.length > SPACE_NAME_MAX_LENGTH) errors.name = `Name must be ${SPACE_NAME_MAX_LENGTH} characters or fewer.`;

  if (!values.id) errors.id = 'Enter a URL identifier.';
  else if (values.id.length > SPACE_ID_MAX_LENGTH) errors.id = `URL identifier must be ${SPACE_ID_MAX_LENGTH} characters or fewer.`;
  else if (!SPACE_ID_PATTERN.test(values.id)) errors.id = 'Use only lowercase letters, numbers, "_" and "-".';

  if (values.initials.length > SPACE_INITIALS_MAX_LENGTH) errors.initials = 'Use at most two characters.';
  if (values.color && !HEX_COLOR.test(values.color)) errors.color = 'Use a hex colour such as #6092C0.';
  return errors;
}

export function toSpaceInput(values: SpaceFormValues, disabledFeatures: string[] = []): SpaceInput {
  return {
    id: values.id,
    name: values.name.trim(),
    // Empty optional fields are left out rather than stored as empty strings.
    ...(values.description.trim() ? { description: values.description.trim() } : {}),
    ...(values.color ? { color: values.color } : {}),
    ...(values.initials ? { initials: values.initials } : {}),
    disabledFeatures,
  };
}
