/** Freezes a value and everything reachable from it; returns the same value, typed readonly. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    // Arrays by index: Object.keys would build a string for every element.
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    else for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * A deeply frozen value built on first use. The bundled quotes, figures and
 * entities are parsed when a query first needs them, not when the package is
 * imported.
 */
export function frozenOnce<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = deepFreeze(load());
      loaded = true;
    }
    return value as T;
  };
}
