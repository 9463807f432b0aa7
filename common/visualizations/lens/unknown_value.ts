/**
 * Narrowing for Lens attributes that arrive as `unknown` (an attachment from an export, an embed
 * in a comment): the reader looks at each field it needs and reports what is off instead of
 * trusting a cast.
 */
export type UnknownRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is UnknownRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const asRecord = (value: unknown): UnknownRecord => (isRecord(value) ? value : {});

export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const asStringArray = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

export const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
