// While the database is unreachable (a restart, a failover) every page would fail the same way, slowly: each
// request waits for a connection attempt and ends in a 500. The breaker notices (a 500 response triggers one
// probe), then answers at once with 503 + Retry-After until a background probe reaches the database again.

export type Probe = () => Promise<boolean>;

export class DbBreaker {
  private down = false;
  private probing = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  readonly stats = { opened: 0, closed: 0, lastOpenedAt: 0, lastClosedAt: 0 };

  constructor(
    private readonly probe: Probe,
    private readonly retryMs = 500,
    private readonly onChange: (open: boolean) => void = () => {},
  ) {}

  get open() {
    return this.down;
  }

  /** A request ended in a server error: find out whether the database is the cause (one probe at a time). */
  async suspect() {
    if (this.down || this.probing) return;
    this.probing = true;
    try {
      if (!(await this.safeProbe())) this.trip();
    } finally {
      this.probing = false;
    }
  }

  stop() {
    clearInterval(this.timer);
  }

  private trip() {
    this.down = true;
    this.stats.opened++;
    this.stats.lastOpenedAt = Date.now();
    this.onChange(true);
    this.timer = setInterval(async () => {
      if (this.probing) return;
      this.probing = true;
      try {
        if (await this.safeProbe()) this.reset();
      } finally {
        this.probing = false;
      }
    }, this.retryMs);
    this.timer.unref?.();
  }

  private reset() {
    clearInterval(this.timer);
    this.down = false;
    this.stats.closed++;
    this.stats.lastClosedAt = Date.now();
    this.onChange(false);
  }

  private async safeProbe() {
    try {
      return await this.probe();
    } catch {
      return false;
    }
  }
}
