/**
 * A family's declared mappings seen as a saved-object type whose fields sit at the index root,
 * so the saved objects' filter, sort, search and aggregation translation serves documents too:
 * one query language, one set of field rules (text vs keyword, nested paths, 400 on unknown).
 */
import type { DocumentRootType } from '../../saved_objects/elasticsearch/field_paths';
import type { DocumentIndexDefinition } from '../types';

const types = new WeakMap<DocumentIndexDefinition, DocumentRootType>();

export function documentType(definition: DocumentIndexDefinition): DocumentRootType {
  let type = types.get(definition);
  if (!type) {
    type = {
      name: definition.name,
      namespaceType: 'single',
      mappings: { dynamic: false, properties: definition.mappings.properties },
      documentRoot: true,
    };
    types.set(definition, type);
  }
  return type;
}
