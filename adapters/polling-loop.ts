/**
 * A background round repeated until stopped: at once after a full round (more is waiting), else after the
 * interval; `wake` brings the next round forward (a database notification that work arrived). One round at a time.
 */
export function pollingLoop(round: () => Promise<number>, opts: { batch: number; onError: (err: Error) => void }) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  let busy = false;
  let again = false;
  let tick: () => void = () => {};
  return {
    start(intervalMs: number) {
      stopped = false;
      tick = () => {
        timer = null;
        busy = true;
        let full = false;
        running = round()
          .then((n) => void (full = n >= opts.batch))
          .catch(opts.onError)
          .finally(() => {
            busy = false;
            const now = full || again;
            again = false;
            if (!stopped) timer = setTimeout(tick, now ? 0 : intervalMs);
          });
      };
      timer = setTimeout(tick, 0);
    },
    wake() {
      if (stopped) return;
      if (busy) again = true;
      else if (timer) {
        clearTimeout(timer);
        timer = setTimeout(tick, 0);
      }
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },
  };
}
