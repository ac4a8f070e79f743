// What the preload puts on window in the desktop app (the renderer uses a WebSocket under `serve`).
import type { PushDoctorBridge } from '../shared/contract';

declare global {
  interface Window {
    pushDoctor?: PushDoctorBridge;
  }
}

export {};
