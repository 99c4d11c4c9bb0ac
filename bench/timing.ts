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
