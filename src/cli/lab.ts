// A lab on one machine: virtual phones (with the test app's real APK and its SDK's log lines),
// attached to an adb server, and — once the push stand-ins are up — a ready app profile. It wires
// the product (adb server, profile loading) to the virtual phone, so it lives with the CLI, not in
// src/sim: the phone itself imports only src/shared and its own code.
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualDevice } from '../sim/device';
import { findProfile, PROFILE_NAMES, type PhoneProfile } from '../sim/profiles';
import { sdkLogSource } from '../sim/phone/sdk-logs';
import { testAppApk } from '../sim/apks/build';
import { manifestFor } from '../sim/apks/manifests';
import { readComponents } from '../sim/apks/components';
import { appIntentResolver } from '../sim/phone/intents';
import type { PhoneHooks, VirtualPhone } from '../sim/phone/phone';
import type { FaultName } from '../sim/phone/faults';
import { startStandins, type Standins } from '../sim/standins/server';
import { writeSimProfile } from '../sim/standins/profile';
import type { PhoneRegistry, SimPhoneHandle } from '../sim/standins/types';
import type { AdbServer } from '../main/adb/server';
import { BadInputError, UserError } from '../main/errors';
import { loadProfile } from '../main/push/profile-file';
import type { AppProfile } from '../shared/profile';
import { PROVIDERS, type VendorChannel } from '../shared/types';
import type { PhoneSnapshot } from '../shared/snapshot';
import { snapshotPhone } from '../sim/snapshot/phone';

export interface PhoneSpec {
  profile: string | PhoneProfile;
  faults?: FaultName[];
  port?: number;
  seed?: string;
  /** How long each command that calls system_server takes on the phone (ms). */
  commandLatencyMs?: number;
  /** MB of assets in the test app's APK (0: a bare APK of a few KB). */
  apkPaddingMb?: number;
  /** Phone time runs this many times faster than the host's (Doze windows, reboots); default 1. */
  timeScale?: number;
}

export interface StartPhoneOptions extends PhoneSpec {
  /** Be the phone in this snapshot (its answers, its app, its log lines) instead of a profile's phone. */
  snapshot?: PhoneSnapshot;
  hooks?: PhoneHooks;
  host?: string;
  tokenDelayMs?: number;
}

export async function startPhone(opts: StartPhoneOptions): Promise<VirtualDevice> {
  if (opts.snapshot) return startSnapshotPhone(opts, opts.snapshot);
  const profile = typeof opts.profile === 'string' ? findProfile(opts.profile) : opts.profile;
  if (!profile)
    throw new BadInputError(
      `Unknown phone profile "${String(opts.profile)}".`,
      `Profiles: ${PROFILE_NAMES.join(', ')} (see \`push-doctor sim --list-profiles\`).`,
    );
  const faults = opts.faults ?? [];
  const apkPath = testAppApk(profile.appChannel, faults, opts.apkPaddingMb);
  // Build the APK now so that a missing aapt is reported at start, not at the first pull.
  await apkPath;
  // The phone resolves intents against the manifest its APK was built from, with its own resolver
  // (src/sim/phone/intents.ts), so that the product's resolver is checked rather than reused.
  const components = readComponents(manifestFor(profile.appChannel, faults));
  let appUid = 10000;
  let apkBytes: Buffer | undefined;
  try {
    const device = await VirtualDevice.start({
      resolveIntent: appIntentResolver(components, () => appUid),
      profile,
      faults,
      seed: opts.seed,
      hooks: opts.hooks,
      sdkLogs: sdkLogSource,
      // Read once and kept, as a phone's page cache would: commands that read ranges of it stay cheap.
      apk: async () => (apkBytes ??= await readFile(await apkPath)),
      port: opts.port,
      host: opts.host,
      tokenDelayMs: opts.tokenDelayMs,
      commandLatencyMs: opts.commandLatencyMs,
      timeScale: opts.timeScale,
    });
    appUid = device.phone.uidOf(device.phone.app.package) ?? appUid;
    return device;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE')
      throw new BadInputError(
        `Port ${opts.port} is in use.`,
        'Pick another with --port, or leave it out to use a free one.',
      );
    if (e.code === 'EACCES')
      throw new BadInputError(`Port ${opts.port} needs privileges this user does not have.`, 'Use a port above 1024.');
    throw err;
  }
}

export interface LabOptions {
  adbServer?: AdbServer;
  profiles: (string | PhoneProfile)[];
  /** Phones that are snapshots (`sim --snapshot`), started after the profiles' phones. */
  snapshots?: PhoneSnapshot[];
  faults?: FaultName[];
  /** Start the push stand-ins and write an app profile pointing at them. */
  standins?: boolean;
  /** Where to write that profile (a private temp folder when absent). */
  profilePath?: string;
  /** Delay between a stand-in accepting a message and the phone showing it (ms). */
  deliveryDelayMs?: number;
  port?: number;
  seed?: string;
  commandLatencyMs?: number;
  apkPaddingMb?: number;
  timeScale?: number;
}

export interface Lab {
  devices: VirtualDevice[];
  standins?: Standins;
  appProfile?: AppProfile;
  profilePath?: string;
  stop(): Promise<void>;
}

/** A virtual phone that answers as the phone in a snapshot did (src/sim/snapshot/phone.ts). */
async function startSnapshotPhone(opts: StartPhoneOptions, snap: PhoneSnapshot): Promise<VirtualDevice> {
  const s = snapshotPhone(snap);
  const device = await VirtualDevice.start({
    profile: s.profile,
    appPackage: s.appPackage,
    seed: opts.seed,
    hooks: opts.hooks,
    sdkLogs: s.sdkLogs,
    answer: s.answer,
    port: opts.port,
    host: opts.host,
    tokenDelayMs: opts.tokenDelayMs,
    commandLatencyMs: opts.commandLatencyMs,
  });
  if (s.apk) {
    const bytes = s.apk.bytes;
    device.phone.files.set(s.apk.path, () => Promise.resolve(bytes));
  }
  return device;
}

/** Which virtual phone holds which push token: what the stand-ins deliver through. */
export class TokenRegistry implements PhoneRegistry {
  private readonly byToken = new Map<string, VirtualPhone>();

  add(phone: VirtualPhone, vendor: VendorChannel, token: string): void {
    this.byToken.set(`${vendor}:${token}`, phone);
  }

  lookup(vendor: VendorChannel, token: string): SimPhoneHandle | undefined {
    const phone = this.byToken.get(`${vendor}:${token}`);
    if (!phone) return undefined;
    return {
      package: phone.app.package,
      deliver: (e) =>
        phone.deliverPush({
          channel: e.vendor,
          package: e.package,
          title: e.title,
          body: e.body,
          channelId: e.channelId,
          ext: e.ext,
          clickIntent: e.clickIntent,
          messageId: e.messageId,
          priority: e.priority,
        }),
    };
  }
}

export async function startLab(opts: LabOptions): Promise<Lab> {
  const devices: VirtualDevice[] = [];
  const registry = new TokenRegistry();
  let standins: Standins | undefined;
  let tmp: string | undefined;
  let profilePath = opts.profilePath;
  let appProfile: AppProfile | undefined;
  const stop = async () => {
    for (const d of devices) {
      if (opts.adbServer) await opts.adbServer.client.disconnect(d.host, d.port).catch(() => undefined);
      await d.stop();
    }
    await standins?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
  try {
    if (opts.standins) {
      // The stand-ins' app is the snapshot's app when there is one: the profile they write is for it.
      const pkg = opts.snapshots?.[0]?.capture.package;
      standins = await startStandins({
        phones: registry,
        delayMs: opts.deliveryDelayMs,
        ...(pkg ? { credentials: { package: pkg } } : {}),
      });
      if (!profilePath) {
        tmp = mkdtempSync(join(tmpdir(), 'push-doctor-lab-'));
        profilePath = join(tmp, 'app-profile.json');
      }
      writeSimProfile(profilePath, standins, { wrongClickPackage: opts.faults?.includes('click-wrong-package') });
      if (opts.faults?.includes('standin-stall'))
        for (const p of PROVIDERS) standins.failNext(p, 'hang', Number.POSITIVE_INFINITY);
      appProfile = loadProfile(profilePath);
    }
    const hooks: PhoneHooks = {
      onTokenRegistered: (phone, vendor, token) => registry.add(phone, vendor, token),
      onTokenReported: (_phone, report) => standins?.reportToken(report),
    };
    for (const [i, profile] of opts.profiles.entries()) {
      devices.push(
        await startPhone({
          profile,
          faults: opts.faults,
          hooks,
          port: opts.port !== undefined ? opts.port + i : undefined,
          seed: opts.seed ? `${opts.seed}-${i}` : undefined,
          commandLatencyMs: opts.commandLatencyMs,
          timeScale: opts.timeScale,
          apkPaddingMb: opts.apkPaddingMb,
        }),
      );
    }
    for (const [i, snapshot] of (opts.snapshots ?? []).entries())
      devices.push(
        await startPhone({
          profile: 'snapshot',
          snapshot,
          hooks,
          port: opts.port !== undefined ? opts.port + opts.profiles.length + i : undefined,
          seed: opts.seed ? `${opts.seed}-s${i}` : undefined,
          commandLatencyMs: opts.commandLatencyMs,
          timeScale: opts.timeScale,
        }),
      );
    if (opts.adbServer) {
      await opts.adbServer.ensureRunning();
      for (const d of devices) {
        try {
          await opts.adbServer.client.connect(d.host, d.port);
        } catch (err) {
          // An unauthorized phone makes `adb connect` report failure while it is listed; that is the point of that fault.
          if (!d.phone.faults.has('unauthorized'))
            throw new UserError(`adb could not connect to the virtual phone at ${d.serial}: ${(err as Error).message}`);
        }
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { devices, standins, appProfile, profilePath, stop };
}
