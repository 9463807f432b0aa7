/**
 * The client a request handler gets: the repository with the request's space and user bound,
 * so plugin code cannot read or write another space by passing a different `namespace`.
 */
import type {
  NamespaceOption,
  SavedObjectsClientContract,
  SavedObjectsRepository,
} from './types';

export interface ClientScope {
  namespace: string;
  /** Recorded as created_by / updated_by on writes. */
  user?: string;
}

export function createScopedClient(
  repository: SavedObjectsRepository,
  scope: ClientScope,
): SavedObjectsClientContract {
  // The scope wins over whatever the caller passes: the space comes from the request path.
  const ns = <O extends NamespaceOption>(options?: O): O => ({ ...(options ?? ({} as O)), namespace: scope.namespace });
  // A scoped user is authoritative; without one (system work) the caller may name the writer.
  const write = <O extends NamespaceOption & { user?: string }>(options?: O): O => {
    const bound = ns(options);
    return scope.user === undefined ? bound : { ...bound, user: scope.user };
  };

  return {
    create: (type, attributes, options) => repository.create(type, attributes, write(options)),
    bulkCreate: (objects, options) => repository.bulkCreate(objects, write(options)),
    get: (type, id, options) => repository.get(type, id, ns(options)),
    bulkGet: (objects, options) => repository.bulkGet(objects, ns(options)),
    update: (type, id, attributes, options) => repository.update(type, id, attributes, write(options)),
    bulkUpdate: (objects, options) => repository.bulkUpdate(objects, write(options)),
    delete: (type, id, options) => repository.delete(type, id, ns(options)),
    bulkDelete: (objects, options) => repository.bulkDelete(objects, ns(options)),
    find: (options) => repository.find(ns(options)),
    createPointInTimeFinder: (options) => repository.createPointInTimeFinder(ns(options)),
    incrementCounter: (type, id, field, options) => repository.incrementCounter(type, id, field, ns(options)),
    unitOfWork: (operations, options) => repository.unitOfWork(operations, write(options)),
  };
}
