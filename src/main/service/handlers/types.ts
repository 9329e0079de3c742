import type { CallName, CallResult, ParsedInput, ServiceCallName } from '../../../shared/contract';
import type { ServiceContext } from '../context';

export type Handler<K extends CallName> = (
  input: ParsedInput<K>,
  ctx: ServiceContext,
) => CallResult<K> | Promise<CallResult<K>>;

/** A domain's share of the handlers: exactly the calls it declares in its contract file. */
export type HandlersFor<Calls> = { [K in keyof Calls & CallName]: Handler<K> };

/** Every call the service answers (all but the shell calls, which the Electron main thread answers). */
export type Handlers = { [K in ServiceCallName]: Handler<K> };
