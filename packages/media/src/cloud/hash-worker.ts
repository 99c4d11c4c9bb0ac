import { Worker } from "node:worker_threads";

/**
 * The worker's code, run with `eval` so the built package needs no extra entry file. It keeps
 * one SHA-256 per job, hashes every batch it is sent, and sends the batch's memory back for
 * reuse; `end` answers the digest, `abort` forgets the job.
 */
const SOURCE = `
const { parentPort } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const jobs = new Map();
parentPort.on("message", (m) => {
  if (m.buffer !== undefined) {
    let hash = jobs.get(m.id);
    if (hash === undefined) jobs.set(m.id, (hash = createHash("sha256")));
    hash.update(new Uint8Array(m.buffer, 0, m.length));
    parentPort.postMessage({ id: m.id, buffer: m.buffer }, [m.buffer]);
  } else if (m.end) {
    const digest = (jobs.get(m.id) ?? createHash("sha256")).digest();
    jobs.delete(m.id);
    parentPort.postMessage({ id: m.id, digest });
  } else {
    jobs.delete(m.id);
  }
});
`;

/** What a job hears from the worker. */
export interface HashJobListener {
  /** A batch was hashed; its memory is the caller's again. */
  returned(buffer: ArrayBuffer): void;
  /** The job's SHA-256, after `end`. */
  digest(digest: Buffer): void;
  /** The worker failed or exited: the job is lost. */
  failed(cause: unknown): void;
}

interface WorkerAnswer {
  id: number;
  buffer?: ArrayBuffer;
  digest?: Uint8Array;
}

/**
 * One worker thread that hashes for every download of the process. Created on first use,
 * reused, and referenced only while a job is open, so it never holds the process open. When it
 * fails or exits, its open jobs fail and the next job starts a new one.
 */
export class HashWorker {
  static #shared: HashWorker | undefined;
  readonly #worker: Worker;
  readonly #jobs = new Map<number, HashJobListener>();
  #nextId = 1;

  private constructor() {
    this.#worker = new Worker(SOURCE, { eval: true });
    this.#worker.unref();
    this.#worker.on("message", (answer: WorkerAnswer) => this.#answer(answer));
    this.#worker.on("error", (error) => this.#fail(error));
    this.#worker.on("exit", (code) => this.#fail(new Error(`the hash worker exited (${code})`)));
  }

  /** The process's worker, started now if none runs. */
  static shared(): HashWorker {
    HashWorker.#shared ??= new HashWorker();
    return HashWorker.#shared;
  }

  /** Stops the shared worker (its open jobs fail); the next job starts a new one. */
  static async stop(): Promise<void> {
    await HashWorker.#shared?.#worker.terminate();
  }

  /** Opens a job; returns its id. */
  open(listener: HashJobListener): number {
    const id = this.#nextId++;
    if (this.#jobs.size === 0) this.#worker.ref();
    this.#jobs.set(id, listener);
    return id;
  }

  /** Sends `length` bytes of `buffer` to be hashed; the buffer is moved, not copied. */
  update(id: number, buffer: ArrayBuffer, length: number): void {
    this.#worker.postMessage({ id, buffer, length }, [buffer]);
  }

  /** Asks for the job's digest; the job closes when it arrives. */
  end(id: number): void {
    this.#worker.postMessage({ id, end: true });
  }

  /** Closes a job without its digest. */
  abort(id: number): void {
    if (!this.#close(id)) return;
    this.#worker.postMessage({ id, abort: true });
  }

  #answer(answer: WorkerAnswer): void {
    const listener = this.#jobs.get(answer.id);
    if (!listener) return;
    if (answer.buffer) return listener.returned(answer.buffer);
    if (answer.digest) {
      this.#close(answer.id);
      listener.digest(Buffer.from(answer.digest.buffer, answer.digest.byteOffset, 32));
    }
  }

  #close(id: number): boolean {
    if (!this.#jobs.delete(id)) return false;
    if (this.#jobs.size === 0) this.#worker.unref();
    return true;
  }

  #fail(cause: unknown): void {
    if (HashWorker.#shared === this) HashWorker.#shared = undefined;
    const listeners = [...this.#jobs.values()];
    this.#jobs.clear();
    this.#worker.unref();
    for (const listener of listeners) listener.failed(cause);
  }
}
