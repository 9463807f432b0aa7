/**
 * A registry of browser views keyed by type (an attachment type, a user-action type): the
 * activity feed asks it which view to show, so a new type is one registration. Registrations
 * happen while the app mounts; freezing makes a late one an error, as on the server.
 */
export class ViewRegistry<V> {
  private readonly views = new Map<string, V>();
  private frozen = false;

  constructor(private readonly what: string) {}

  register(type: string, view: V): void {
    if (this.frozen) throw new Error(`Cannot register ${this.what} ${type}: the registry is frozen`);
    if (this.views.has(type)) throw new Error(`${this.what} ${type} is already registered`);
    this.views.set(type, view);
  }

  get(type: string): V | undefined {
    return this.views.get(type);
  }

  freeze(): void {
    this.frozen = true;
  }
}
