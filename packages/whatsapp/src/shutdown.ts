import type { Logger } from "@tswa/core";
import type { ListenOptions, RunningServer } from "@tswa/flows/node";

/** What `gracefulShutdown` takes besides `true`. */
export interface GracefulShutdownOptions {
  /** The time requests and webhook handlers in flight get to finish, in ms. Default 10 000. */
  timeout?: number | undefined;
  /** The signals that start the shutdown. Default `["SIGTERM", "SIGINT"]`. */
  signals?: readonly NodeJS.Signals[] | undefined;
}

/** Options of `wa.listen()`: the server's, and shutdown on a signal. */
export interface WhatsAppListenOptions extends ListenOptions {
  /**
   * On SIGTERM or SIGINT (what container platforms and Ctrl-C send), run `wa.close()`: stop
   * accepting, let requests and webhook handlers in flight finish until the timeout, close
   * keep-alive connections, then let the signal end the process as it would have. Default off.
   */
  gracefulShutdown?: boolean | GracefulShutdownOptions | undefined;
}

/**
 * Runs `close` on the first of `signals`, then re-raises that signal so the process ends as it
 * would have without this handler, unless the application listens for it too (then ending the
 * process is its call).
 */
export function closeOnSignals(
  close: (timeout: number | undefined) => Promise<void>,
  options: true | GracefulShutdownOptions,
  logger: Logger | undefined,
): void {
  const { timeout, signals = ["SIGTERM", "SIGINT"] } = options === true ? {} : options;
  const onSignal = (signal: NodeJS.Signals) => {
    for (const each of signals) process.off(each, onSignal);
    logger?.info("shutdown", { signal });
    void close(timeout).finally(() => {
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  };
  for (const signal of signals) process.on(signal, onSignal);
}

/**
 * Closes `servers` with `timeout` (see `RunningServer.close`) while the webhook handlers still
 * running get the same time to finish; logs a warning for those left running.
 */
export async function shutDown(options: {
  servers: readonly RunningServer[];
  handlersIdle: () => Promise<void>;
  pendingUpdates: () => number;
  timeout: number;
  logger: Logger;
}): Promise<void> {
  const { timeout } = options;
  let timer: NodeJS.Timeout | undefined;
  const handlersDone = Promise.race([
    options.handlersIdle().then(() => true),
    new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.min(timeout, 2 ** 31 - 1));
    }),
  ]);
  await Promise.all(options.servers.map((running) => running.close({ timeout })));
  const drained = await handlersDone;
  clearTimeout(timer);
  if (!drained) {
    options.logger.warn("shutdown: webhook handlers still running", {
      pendingUpdates: options.pendingUpdates(),
      timeoutMs: timeout,
    });
  }
}
