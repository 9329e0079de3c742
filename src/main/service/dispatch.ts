// One entry point for every call, whatever the transport: checks the call name, parses the input with
// the contract's schema, runs the handler, and wraps the outcome so that errors cross as data.
import type { BridgeResult } from '../../shared/bridge';
import { contract, isCallName, type CallName } from '../../shared/contract';
import type { ServiceContext } from './context';
import { toBridgeError } from './errors';
import type { Handler } from './handlers/types';

export type Dispatch = (call: unknown, input: unknown) => Promise<BridgeResult<unknown>>;

/** Handlers for a subset of the contract: the service's calls, or the shell's. */
export type HandlerTable<Ctx> = Partial<Record<CallName, (input: never, ctx: Ctx) => unknown>>;

export function createDispatch<Ctx = ServiceContext>(
  handlers: HandlerTable<Ctx>,
  getContext: () => Ctx,
): Dispatch {
  return async (call, input) => {
    const handler = isCallName(call) ? handlers[call] : undefined;
    if (!isCallName(call) || !handler) {
      return { ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown call: ${describe(call)}` } };
    }
    const parsed = contract[call].input.safeParse(input ?? {});
    if (!parsed.success) {
      const issues = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.length ? i.path.join('.') : 'input'}: ${i.message}`)
        .join('; ');
      return { ok: false, error: { code: 'BAD_INPUT', message: `${call}: ${issues}` } };
    }
    try {
      const value = await (handler as Handler<CallName> as (i: unknown, c: Ctx) => unknown)(
        parsed.data,
        getContext(),
      );
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: toBridgeError(error) };
    }
  };
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (text ?? String(value)).slice(0, 80);
}
