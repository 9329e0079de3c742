// A full garbage collection on request. V8 decides when to collect from the growth of its own heap; it
// cannot see the memory SQLite allocates outside it. At the end of a million-follower import the sort's
// scratch arrays and then the names become garbage (100 MB and a few hundred MB) just before SQLite fills
// its page cache and sorter; waiting for V8 to notice would hold both at once, and that peak decides
// whether the import fits in memory (measured: 580 MB without these collections, 445 MB with them).
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
