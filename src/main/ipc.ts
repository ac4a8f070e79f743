// IPC between the sandboxed renderer and the core: one invoke channel, every call's sender frame
// checked against the app's own origin before the payload is validated and dispatched.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { PushDoctorEvent } from '../shared/contract';
import { createDispatcher, toFailure } from './rpc';
import type { PushDoctorService } from './service';

import { isTrustedSender } from './security';

export function registerIpc(service: PushDoctorService, window: () => BrowserWindow | null): () => void {
  const dispatch = createDispatcher(service);
  ipcMain.handle('pd:invoke', async (event: IpcMainInvokeEvent, method: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url))
      return { ok: false, error: { message: "Refused: the request did not come from Push Doctor's own window." } };
    try {
      return { ok: true, result: (await dispatch(String(method), payload)) ?? null };
    } catch (err) {
      return { ok: false, error: toFailure(err) };
    }
  });
  const off = service.onEvent((e: PushDoctorEvent) => {
    const w = window();
    if (w && !w.isDestroyed()) w.webContents.send('pd:event', e);
  });
  return () => {
    off();
    ipcMain.removeHandler('pd:invoke');
  };
}
