// collectGarbage really runs V8's full collection (the import relies on it to keep its peak memory down).
import { expect, it } from 'vitest';
import { collectGarbage } from '../../../src/main/import/writer/collect-garbage';

it('collects an object nothing refers to any more', async () => {
  const ref = (() => new WeakRef({ payload: new Float64Array(1 << 20) }))();
  // A WeakRef keeps its target alive until the current job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  expect(ref.deref()).toBeUndefined();
  collectGarbage(); // and again, once `gc` is known
});
