// One place that imports adbkit: its CommonJS default export lands differently under Node's ESM
// loader, Vite and esbuild, so resolve the class once here.
import * as adbkitModule from '@devicefarmer/adbkit';
import type { Client, DeviceClient } from '@devicefarmer/adbkit';

type AdbClass = typeof import('@devicefarmer/adbkit').Adb;

const mod = adbkitModule as unknown as { Adb?: AdbClass; default?: AdbClass & { Adb?: AdbClass } };
export const Adb: AdbClass = (mod.Adb ?? mod.default?.Adb ?? mod.default) as AdbClass;

export type { Client, DeviceClient };
export type AdbDevice = { id: string; type: string };
