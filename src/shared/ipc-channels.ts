/** The two Electron IPC channels of the bridge. */
export const IPC_INVOKE_CHANNEL = 'followscope:invoke';
export const IPC_EVENT_CHANNEL = 'followscope:event';
