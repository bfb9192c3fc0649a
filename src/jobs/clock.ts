/** Time for the jobs: the system's, or a fake one the tests move by hand. */
export interface Clock {
  now(): Date;
  /** Calls `fn` every `ms`; returns what stops it. */
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => new Date(),
  every(ms, fn) {
    const timer = setInterval(fn, ms);
    return () => clearInterval(timer);
  },
};

/** A clock that moves only when told: `advance(ms)` fires every timer that falls due on the way. */
export class FakeClock implements Clock {
  private current: number;
  private timers: { id: number; ms: number; due: number; fn: () => void }[] = [];
  private nextId = 1;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  every(ms: number, fn: () => void): () => void {
    const id = this.nextId++;
    this.timers.push({ id, ms, due: this.current + ms, fn });
    return () => {
      this.timers = this.timers.filter((t) => t.id !== id);
    };
  }

  advance(ms: number): void {
    const end = this.current + ms;
    for (;;) {
      const next = this.timers.filter((t) => t.due <= end).sort((a, b) => a.due - b.due)[0];
      if (!next) break;
      this.current = next.due;
      next.due += next.ms;
      next.fn();
    }
    this.current = end;
  }
}
