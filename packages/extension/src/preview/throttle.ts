// When the preview asks the server for a new picture: at once after a pause, and while changes keep coming (typing)
// an interval after the previous picture was done, so a slow answer (a large plan) does not keep the server busy
// answering; never more than one waiting. Pure (no VS Code), so it is unit-tested with fake timers.

export class Throttle {
    private last = Number.NEGATIVE_INFINITY;
    private timer: ReturnType<typeof setTimeout> | undefined;

    /** `start` begins the task (or has it follow the one under way); it calls began() and ended() around the task. */
    constructor(
        private readonly interval: number,
        private readonly start: () => void,
        private readonly now: () => number = Date.now
    ) {}

    /** Something changed: start the task now if it last began or ended at least an interval ago, else once the interval is over. */
    request(): void {
        if (this.timer !== undefined) return; // the start scheduled will see this change too
        const wait = this.last + this.interval - this.now();
        if (wait <= 0) {
            this.start();
            return;
        }
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.start();
        }, wait);
    }

    /** The task began (requested or not): the interval counts from now, and a start scheduled is moot. */
    began(): void {
        this.cancel();
        this.last = this.now();
    }

    /** The task is done: the interval counts from now. */
    ended(): void {
        this.last = this.now();
    }

    cancel(): void {
        clearTimeout(this.timer);
        this.timer = undefined;
    }
}
