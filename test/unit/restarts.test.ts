/** The client's restart policy for its language server: a few restarts in a window, then it gives up and says so once. */
import { strict as assert } from 'node:assert';
import { RestartPolicy } from '../../src/extension/restarts';

describe('restarting the language server', () => {
  const MINUTE = 60_000;

  it('restarts 4 times in 3 minutes, then gives up, telling the user only the first time', () => {
    const policy = new RestartPolicy(4, 3);
    const answers = [0, 10, 20, 30, 40, 50].map((second) => policy.exited(second * 1000));
    assert.deepEqual(answers, [
      { restart: true, tell: false },
      { restart: true, tell: false },
      { restart: true, tell: false },
      { restart: true, tell: false },
      { restart: false, tell: true },
      { restart: false, tell: false },
    ]);
    assert.equal(policy.recentExits, 6);
  });

  it('forgets exits older than the window: a server that exits now and then keeps being restarted', () => {
    const policy = new RestartPolicy(4, 3);
    for (let i = 0; i < 20; i++) assert.deepEqual(policy.exited(i * MINUTE), { restart: true, tell: false }, `exit ${i}`);
    assert.equal(policy.recentExits, 3, 'exits at 17, 18 and 19 minutes are within 3 minutes of the last');
  });
});
