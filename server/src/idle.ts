/**
 * Opening and editing letters leaves garbage that V8 collects in full only
 * when its memory reducer starts, seconds or minutes later, and with a larger
 * young generation (SERVER_NODE_FLAGS in protocol.ts) less often: once the
 * user has paused, one full collection gives it back.
 */

/**
 * A function to call on every edit: `action` runs once `ms` after the last
 * edit, and again after the next pause. Without an action (Node started
 * without --expose-gc) nothing is scheduled.
 */
export function whenIdle(ms: number, action: (() => void) | undefined): () => void {
  if (!action) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    // refresh() also re-arms a timer that has fired.
    if (timer) timer.refresh();
    else (timer = setTimeout(action, ms)).unref();
  };
}
