/** Types of exchange_settings.mjs, for the TypeScript tests. */
export const EXCHANGE_SIZES: { full: number; quick: number };
export const EXCHANGE_COMMENTS_PER_CASE: number;
export const IMPORT_SPACE: string;
export const COPIES_SPACE: string;
export function exchangeCases(options: { quick: boolean; sizes: number[]; customSizes: boolean }): number;
