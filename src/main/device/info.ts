// What a live phone is: its properties and installed packages, read in one shell round trip, and
// the detection they give. Cached per phone until it goes away.
import type { Client } from '../adb/kit';
import { shellBatch } from '../adb/shell';
import { parseGetprop } from './props';
import { detect, type PackageInfo } from './detect';
import { parsePackageList } from './package-list';
export { parsePackageList };
import type { Detection } from '../../shared/types';

export interface DeviceFacts {
  props: Record<string, string>;
  packages: PackageInfo[];
  detection: Detection;
}

/** `pm list packages [--show-versioncode]` lines: `package:NAME[ versionCode:N]`. */

export async function readDeviceFacts(
  client: Client,
  serial: string,
  opts: { timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<DeviceFacts> {
  const [props, packages] = await shellBatch(
    client,
    serial,
    [['getprop'], 'pm list packages --show-versioncode 2>/dev/null || pm list packages'],
    { timeoutMs: opts.timeoutMs ?? 15_000, signal: opts.signal },
  );
  const parsedProps = parseGetprop(props.output).props;
  const pkgs = parsePackageList(packages.output);
  return {
    props: parsedProps,
    packages: pkgs,
    detection: detect(parsedProps, { packages: pkgs.length ? pkgs : undefined }),
  };
}

export class DeviceFactsCache {
  private readonly cache = new Map<string, Promise<DeviceFacts>>();

  get(client: Client, server: string, serial: string): Promise<DeviceFacts> {
    const key = `${server}/${serial}`;
    let p = this.cache.get(key);
    if (!p) {
      p = readDeviceFacts(client, serial);
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    return p;
  }

  forget(server: string, serial: string): void {
    this.cache.delete(`${server}/${serial}`);
  }

  /** Drops phones that are no longer attached. */
  retain(present: { server: string; serial: string }[]): void {
    const keep = new Set(present.map((d) => `${d.server}/${d.serial}`));
    for (const key of this.cache.keys()) if (!keep.has(key)) this.cache.delete(key);
  }
}
