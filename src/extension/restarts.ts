/** When the client restarts a language server that exited: a few times in a window of minutes, then never, saying so once. */
export class RestartPolicy {
  private readonly exits: number[] = [];
  private gaveUp = false;

  constructor(
    readonly maxRestarts: number,
    readonly windowMinutes: number,
  ) {}

  /** After an exit at `now` (ms): restart, or give up; `tell` is true only the first time it gives up. */
  exited(now: number): { restart: boolean; tell: boolean } {
    this.exits.push(now);
    while (this.exits.length && this.exits[0]! <= now - this.windowMinutes * 60_000) this.exits.shift();
    if (this.exits.length <= this.maxRestarts) return { restart: true, tell: false };
    const tell = !this.gaveUp;
    this.gaveUp = true;
    return { restart: false, tell };
  }

  /** How many exits the window holds now. */
  get recentExits(): number {
    return this.exits.length;
  }
}
