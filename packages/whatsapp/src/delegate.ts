/**
 * Makes each named method of `api` a bound, read-only property of `target`, so the facade's
 * `wa.sendImage` is `wa.messages.sendImage` and can be passed around unbound.
 */
export function delegate<T extends object, K extends keyof T & string>(
  target: object,
  api: T,
  names: readonly K[],
): void {
  for (const name of names) {
    const method = api[name];
    if (typeof method !== "function") throw new TypeError(`delegate: ${name} is not a method`);
    Object.defineProperty(target, name, {
      value: method.bind(api),
      writable: false,
      enumerable: false,
      configurable: false,
    });
  }
}
