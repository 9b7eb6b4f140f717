import * as assert from 'node:assert/strict';
import { whenIdle } from '../server/src/idle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('whenIdle (the server collects garbage once the user pauses)', () => {
  it('runs the action once, a pause after the last edit, and again after the next pause', async () => {
    let runs = 0;
    const edited = whenIdle(60, () => runs++);
    for (let i = 0; i < 6; i++) {
      edited();
      await sleep(20);
    }
    assert.equal(runs, 0, 'not while edits keep coming');
    await sleep(120);
    assert.equal(runs, 1);
    await sleep(120);
    assert.equal(runs, 1, 'once per pause');
    edited();
    await sleep(120);
    assert.equal(runs, 2, 'again after the next pause');
  });

  it('does nothing without an action (Node without --expose-gc)', () => {
    assert.doesNotThrow(() => whenIdle(10, undefined)());
  });
});
