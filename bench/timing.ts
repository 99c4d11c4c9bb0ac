/** Timing helpers shared by the benchmarks. */

/** Runs `run` `calls` times in a row and returns the mean time of one call, in µs. */
export async function perCall(calls: number, run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < calls; i++) await run();
  return Number(process.hrtime.bigint() - start) / 1000 / calls;
}

/** The median of some numbers (the upper one of an even count). */
export const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Wall time and CPU time (this process's user + system) of one item, in µs. */
export interface Cost {
  wall: number;
  cpu: number;
}

/**
 * Runs `batch` (which handles `count` items) once and returns the cost of one item. CPU time
 * does not count the time other processes took from this one, so on a shared machine its
 * ratios hold when wall times swing; on a quiet machine the two agree for work done in this
 * process.
 */
export async function costPerItem(count: number, batch: () => unknown): Promise<Cost> {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  await batch();
  const used = process.cpuUsage(cpu);
  return {
    wall: Number(process.hrtime.bigint() - wall) / 1000 / count,
    cpu: (used.user + used.system) / count,
  };
}
