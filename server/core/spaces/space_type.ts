/** The `space` saved-object type, in Kibana's shape, and the default space every install has. */
import type { SavedObject, SavedObjectsType } from '../saved_objects/types';
import type { Space, SpaceAttributes } from '../../../common/core/space';

export const SPACE_TYPE = 'space';
export const DEFAULT_SPACE_ID = 'default';
/** Kibana's `xpack.spaces.maxSpaces` default. */
export const MAX_SPACES = 1000;

export type { SolutionView, SpaceAttributes, Space } from '../../../common/core/space';

export const spaceType: SavedObjectsType = {
  name: SPACE_TYPE,
  namespaceType: 'agnostic',
  modelVersions: { 1: { description: 'the first shape of a space, as in Kibana' } },
  hidden: true,
  mappings: {
    dynamic: false,
    properties: {
      name: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 2048 } } },
      description: { type: 'text' },
      initials: { type: 'keyword' },
      color: { type: 'keyword' },
      disabledFeatures: { type: 'keyword' },
      imageUrl: { type: 'text', index: false },
      solution: { type: 'keyword' },
      _reserved: { type: 'boolean' },
    },
  },
};

export const DEFAULT_SPACE: Space = {
  id: DEFAULT_SPACE_ID,
  name: 'Default',
  description: 'This is your default space!',
  color: '#00bfb3',
  disabledFeatures: [],
  _reserved: true,
};

export const toSpace = (so: SavedObject<SpaceAttributes>): Space => ({ id: so.id, ...so.attributes });
