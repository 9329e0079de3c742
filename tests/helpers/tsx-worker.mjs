// Bootstrap for running a TypeScript worker thread under plain Node (tests, CLI): registers tsx's loader
// inside the worker, then loads the entry given as the worker's first argv. The app itself runs the
// worker that electron-vite built, so it needs none of this.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
