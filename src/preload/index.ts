// The preload: exposes the contract, and nothing else, to the sandboxed renderer. Each method
// goes through one IPC channel that the main process validates; events come back on another.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHOD_NAMES, type PushDoctorEvent } from '../shared/contract';

type Reply = { ok: true; result: unknown } | { ok: false; error: { message: string; hint?: string } };

const api: Record<string, unknown> = {};
for (const method of API_METHOD_NAMES) {
  api[method] = async (payload?: unknown) => {
    const reply = (await ipcRenderer.invoke('pd:invoke', method, payload ?? null)) as Reply;
    if (reply.ok) return reply.result;
    const err = new Error(reply.error.message) as Error & { hint?: string };
    err.hint = reply.error.hint;
    throw err;
  };
}
api.onEvent = (listener: (e: PushDoctorEvent) => void) => {
  const handler = (_e: IpcRendererEvent, event: PushDoctorEvent) => listener(event);
  ipcRenderer.on('pd:event', handler);
  return () => ipcRenderer.off('pd:event', handler);
};

contextBridge.exposeInMainWorld('pushDoctor', api);
