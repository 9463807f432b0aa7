/** Test-only: a feature shaped like a cases feature, without importing plugin code into the platform. */
import type { KibanaFeature } from '../../privileges/types';

const SUB_FEATURES = ['cases_delete', 'cases_settings', 'create_comment', 'case_reopen', 'cases_assign'];

export function testFeature(id: string): KibanaFeature {
  const action = (name: string) => `cases:${id}/${name}`;
  return {
    id,
    name: `Feature ${id}`,
    uiCapabilities: ['read_cases', 'create_cases', ...SUB_FEATURES],
    privileges: {
      all: { actions: [action('getCase'), action('createCase')], ui: ['read_cases', 'create_cases'] },
      read: { actions: [action('getCase')], ui: ['read_cases'] },
    },
    subFeatures: SUB_FEATURES.map((sub) => ({ id: sub, name: `Sub ${sub}`, includeIn: 'all' as const, actions: [action(sub)], ui: [sub] })),
  };
}
