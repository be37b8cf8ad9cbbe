/**
 * A value shared by the whole server process. Next bundles each route separately, so a plain
 * module-level variable exists once per route bundle: the content and search indexes would be
 * built again by the first request of every API route. Keeping them on globalThis builds them once.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`technow.${name}`);
  const store = globalThis as unknown as Record<symbol, T | undefined>;
  let value = store[key];
  if (value === undefined) {
    value = create();
    store[key] = value;
  }
  return value;
}
