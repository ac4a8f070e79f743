// Manifests already read in this process (the desktop app, `serve`), so that a diagnosis run again
// after fixing a setting does not pull a 100 MB APK over USB once more. The key holds what changes
// when the app is reinstalled or updated: the phone, the APK's path (a new install gets a new
// directory), its versionCode and lastUpdateTime.
import type { ManifestModel } from './manifest';

export interface CachedManifest {
  model: ManifestModel;
  /** Size of the APK it was read from, in bytes. */
  size: number;
}

export class ManifestCache {
  private readonly entries = new Map<string, CachedManifest>();

  constructor(private readonly capacity = 32) {}

  static key(
    serial: string,
    path: string,
    version: { versionCode?: number | string; lastUpdateTime?: string },
  ): string | null {
    // Without both, an update in place could not be told apart: do not cache.
    if (version.versionCode === undefined || !version.lastUpdateTime) return null;
    return `${serial}\n${path}\n${version.versionCode}\n${version.lastUpdateTime}`;
  }

  get(key: string | null): CachedManifest | undefined {
    if (!key) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string | null, value: CachedManifest): void {
    if (!key) return;
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }
}

export const manifestCache = new ManifestCache();
