/**
 * Settles like `work`, unless `ms` pass first: then like `onTimeout()`. The timer is cleared as
 * soon as `work` settles, so a fast handler leaves nothing behind.
 */
export function withDeadline<T>(
  work: T | PromiseLike<T>,
  ms: number,
  onTimeout: () => T | PromiseLike<T>,
): Promise<T> {
  if (!isThenable(work)) return Promise.resolve(work);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => {
        try {
          resolve(onTimeout());
        } catch (error) {
          reject(error);
        }
      },
      Math.min(ms, 2 ** 31 - 1),
    );
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function isThenable<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as PromiseLike<T> | null)?.then === "function";
}
