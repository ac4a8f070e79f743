// The renderer talks to the contract only: the preload's bridge in the desktop app, a WebSocket
// under `push-doctor serve`.
import type { PushDoctorBridge } from '../../../shared/contract';
import { createWsBridge } from './ws';

export function detectBridge(onStatus?: (s: 'connecting' | 'open' | 'closed') => void): PushDoctorBridge {
  if (window.pushDoctor) return window.pushDoctor;
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return createWsBridge({
    url: `${scheme}://${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`,
    onStatus,
  });
}
