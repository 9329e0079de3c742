// A full garbage collection on request. V8 decides when to collect from the growth of its own heap; it
// cannot see the memory SQLite allocates outside it. At the end of a million-follower import the names
// are released (a few hundred MB of heap) just before SQLite fills its page cache and sorter, and waiting
// for V8 to notice would hold both at once: the peak that decides whether the import fits in memory.
// `gc` is V8's own function, exposed once through its flag (the one supported way to reach it at run time).
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null = null;

export function collectGarbage(): void {
  if (!gc) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) gc = exposed;
    else {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    }
  }
  gc();
}
