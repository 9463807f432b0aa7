/** Every query key of the platform's hooks, so invalidations cannot miss a spelling. */
export const coreQueryKeys = {
  spaces: ['core', 'spaces'] as const,
  activeSpace: (spaceId: string) => ['core', 'activeSpace', spaceId] as const,
  currentUser: ['core', 'currentUser'] as const,
};
