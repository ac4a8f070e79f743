// How well the desktop app can keep app-profile secrets, from what Electron's safeStorage says.
// On Linux safeStorage falls back to the `basic_text` backend when no keyring (gnome-libsecret,
// kwallet) answers: it still "encrypts", with a fixed key compiled into Chromium — no protection
// at all. Electron documents getSelectedStorageBackend() for exactly this check
// (https://www.electronjs.org/docs/latest/api/safe-storage). Free of Electron imports so that it
// is tested where no Electron binary runs.
import type { SecretStorage } from '../../shared/contract';

export interface SafeStorageFacts {
  platform: NodeJS.Platform | string;
  /** safeStorage.isEncryptionAvailable() */
  available: boolean;
  /** safeStorage.getSelectedStorageBackend() (Linux only). */
  backend?: string;
}

export function secretStorageKind(f: SafeStorageFacts): { kind: SecretStorage; backend?: string } {
  if (!f.available) return { kind: 'weak', backend: f.backend ?? 'none' };
  if (f.platform === 'linux' && (f.backend === 'basic_text' || f.backend === 'unknown' || !f.backend))
    return { kind: 'weak', backend: f.backend ?? 'unknown' };
  return { kind: 'encrypted', backend: f.backend };
}
