// Routes a call that arrived over a transport: refuses foreign senders, sends shell calls (dialogs,
// external links) to the shell's handlers and everything else to the service.
import type { BridgeResult } from '../../shared/bridge';
import { isCallName, isShellCall } from '../../shared/contract';
import type { Dispatch } from '../service/dispatch';

export interface RouterOptions {
  service: Dispatch;
  shell: Dispatch;
  isTrustedSender(url: string | undefined | null): boolean;
}

export type Route = (
  senderUrl: string | undefined | null,
  call: unknown,
  input: unknown,
) => Promise<BridgeResult<unknown>>;

export function createRouter(options: RouterOptions): Route {
  return async (senderUrl, call, input) => {
    if (!options.isTrustedSender(senderUrl)) {
      return {
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: `Call refused: ${String(senderUrl ?? 'an unknown frame').slice(0, 100)} is not Followscope's page`,
        },
      };
    }
    if (isCallName(call) && isShellCall(call)) return options.shell(call, input);
    return options.service(call, input);
  };
}
