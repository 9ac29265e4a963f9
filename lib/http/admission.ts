// Load shedding for the production server (scripts/server.ts). Node renders pages on one thread and the database
// pool has a fixed size, so accepting more concurrent work than that only grows memory and latency for everyone.
// At most `maxActive` requests run; up to `maxQueue` more wait in line, each at most `maxWaitMs`; anything beyond
// is told "busy" at once (HTTP 503 with Retry-After) instead of timing out or failing with a 500.

export type AdmissionOptions = { maxActive: number; maxQueue: number; maxWaitMs: number };
export type Release = () => void;
export type Refusal = 'queueFull' | 'waitedTooLong';

type Waiter = { admit: (release: Release) => void; refuse: (why: Refusal) => void; timer: ReturnType<typeof setTimeout> };

export class Admission {
  private active = 0;
  private readonly queue: Waiter[] = [];
  readonly stats = { admitted: 0, queued: 0, refused: 0, peakActive: 0, peakQueue: 0 };

  constructor(private readonly opts: AdmissionOptions) {}

  /** Resolves with a release function once the request may run, or with a refusal reason. */
  enter(): Promise<{ ok: true; release: Release } | { ok: false; why: Refusal }> {
    if (this.active < this.opts.maxActive && this.queue.length === 0) return Promise.resolve({ ok: true, release: this.start() });
    if (this.queue.length >= this.opts.maxQueue) {
      this.stats.refused++;
      return Promise.resolve({ ok: false, why: 'queueFull' });
    }
    this.stats.queued++;
    return new Promise((resolve) => {
      const waiter: Waiter = {
        admit: (release) => resolve({ ok: true, release }),
        refuse: (why) => resolve({ ok: false, why }),
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          this.stats.refused++;
          waiter.refuse('waitedTooLong');
        }, this.opts.maxWaitMs),
      };
      this.queue.push(waiter);
      this.stats.peakQueue = Math.max(this.stats.peakQueue, this.queue.length);
    });
  }

  get load() {
    return { active: this.active, queued: this.queue.length };
  }

  private start(): Release {
    this.active++;
    this.stats.admitted++;
    this.stats.peakActive = Math.max(this.stats.peakActive, this.active);
    let released = false;
    return () => {
      if (released) return; // 'finish' and 'close' may both fire for one response
      released = true;
      this.active--;
      this.next();
    };
  }

  private next() {
    while (this.active < this.opts.maxActive && this.queue.length > 0) {
      const waiter = this.queue.shift()!;
      clearTimeout(waiter.timer);
      waiter.admit(this.start());
    }
  }
}
