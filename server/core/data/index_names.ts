/**
 * Space ids become part of index names on Elasticsearch, which allows only lowercase letters,
 * digits and `_-`. Space ids are already that (spaces' own codec), and this check keeps an
 * index name from ever being built from anything else.
 */
const INDEX_SAFE_SPACE_ID = /^[a-z0-9_-]{1,100}$/;

export const isValidSpaceIdForIndex = (spaceId: string): boolean => INDEX_SAFE_SPACE_ID.test(spaceId);

/** The index a family's pattern names in one space: `.alerts-security.alerts-{spaceId}` → `…-default`. */
export const indexNameOf = (pattern: string, spaceId: string): string => pattern.split('{spaceId}').join(spaceId);
