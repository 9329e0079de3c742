// The steps of saving an account export, announced as they begin (progress) and timed (benchmark).
// Between steps the save yields to the event loop, so that progress goes out and a cancel comes in while
// a million-follower save runs (seconds); an abort stops it at the next step (the caller rolls back).
import { saveStepNames, type SaveStep, type SaveStepName } from '../../../shared/bridge';

export interface SaveStepHooks {
  /** Called as each step begins. */
  onSaveStep?: (step: SaveStep) => void;
  /** Receives the duration (ms) of each step once it ends. */
  trace?: (step: SaveStepName, ms: number) => void;
}

export interface SaveSteps {
  /** Ends the current step, yields, checks the signal, and begins `step`. */
  begin(step: SaveStepName): Promise<void>;
  /** Ends the current step. */
  end(): void;
}

export function saveSteps(hooks: SaveStepHooks, signal?: AbortSignal): SaveSteps {
  let current: SaveStepName | null = null;
  let started = 0;
  const end = () => {
    if (current) hooks.trace?.(current, performance.now() - started);
    current = null;
  };
  return {
    begin: async (step) => {
      end();
      await new Promise((resolve) => setImmediate(resolve));
      signal?.throwIfAborted();
      current = step;
      started = performance.now();
      hooks.onSaveStep?.({ name: step, index: saveStepNames.indexOf(step) + 1, count: saveStepNames.length });
    },
    end,
  };
}
