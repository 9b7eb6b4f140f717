/**
 * The server runs with a young generation large enough that a keystroke in a
 * long letter seldom copies the letter's model (SERVER_NODE_FLAGS in
 * protocol.ts). V8 then seldom runs a full collection by itself, so what
 * opening and editing letters left behind stays in memory: once the user has
 * paused, one full collection gives it back.
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
