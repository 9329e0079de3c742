// `npm run build:cli`: the command line as one file, out/cli/followscope.mjs, run as
// `node out/cli/followscope.mjs <command> …`. Everything but
// better-sqlite3 (a native addon, loaded from node_modules) is bundled into it: loading zod's few hundred
// ES modules one by one (resolving, reading and compiling each) cost a 10k-follower import about a fifth
// of its CPU time, process start included; one file is read and compiled once.
// `bench/cli-start.ts` measures this very build.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
export const CLI_BUNDLE = path.join(root, 'out/cli/followscope.mjs');

export async function buildCli(outfile = CLI_BUNDLE): Promise<string> {
  return bundleForNode(path.join(root, 'src/cli/main.ts'), outfile);
}

/**
 * One TypeScript entry and everything it imports (but better-sqlite3) as one ES module file for plain
 * Node. The benchmarks run their children this way too, so that they measure the code as shipped, not
 * tsx's compiler, which costs every process (and every worker thread it starts) tens of MB and ~0.2 s.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: ['better-sqlite3'],
    // Bundled CommonJS packages (yauzl) call require for Node's own modules: an ES module has none.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${path.relative(process.cwd(), await buildCli())}\n`);
}
