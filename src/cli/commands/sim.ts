import type { Command } from 'commander';
import { globals, readTextFile, serverList } from '../context';
import { usageError } from '../errors';
import { PROFILES, PROFILE_NAMES, type PhoneProfile } from '../../sim/profiles';
import { profileFromProps } from '../../sim/profiles/from-props';
import { FAULTS, isFaultName, type FaultName } from '../../sim/phone/faults';
import { startLab } from '../lab';
import { parseProps } from '../../main/device/props';
import { missingEssentials } from '../../main/device/detect';
import { AdbServer } from '../../main/adb/server';
import { parseServerAddress } from '../../shared/validate';
import { readSnapshotFile } from '../../main/snapshot/file';

interface SimOptions {
  profile?: string[];
  props?: string;
  count?: string;
  port?: string;
  adbPort?: string;
  connect?: boolean;
  listProfiles?: boolean;
  fault?: string[];
  listFaults?: boolean;
  seed?: string;
  writeProfile?: string;
  deliveryDelay?: string;
  logRate?: string;
  latency?: string;
  timeScale?: string;
  apkSize?: string;
  snapshot?: string[];
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

function portArg(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw usageError(`${name} must be a port number (1-65535), not "${value}".`);
  return n;
}

export function registerSim(program: Command): void {
  program
    .command('sim')
    .description(
      'start a virtual phone that the real adb server accepts (`adb connect`), for demos, training and tests',
    )
    .option('--profile <name>', 'phone profile (repeatable; see --list-profiles; default xiaomi-hyperos)', collect)
    .option('--props <file>', "build the phone from a real phone's `adb shell getprop` dump or build.prop")
    .option(
      '--snapshot <file.pdsnap>',
      'be the phone in a snapshot from `push-doctor capture`: it answers as that phone did (repeatable)',
      collect,
    )
    .option('--count <n>', 'how many phones of each profile (default 1)')
    .option('--port <n>', 'TCP port of the (first) phone (default: a free port)')
    .option('--adb-port <n>', 'port of the adb server to attach to with --connect')
    .option('--connect', 'attach the phone to the adb server (and detach on exit)')
    .option('--fault <name>', 'start with a fault (repeatable; see --list-faults)', collect)
    .option('--seed <text>', 'make tokens and ids the same on every run')
    .option(
      '--write-profile <file>',
      'start local push stand-ins too, and write an app profile (0600) that points at them',
    )
    .option(
      '--delivery-delay <ms>',
      'with --write-profile: how long the stand-ins take to deliver a push (default 300)',
    )
    .option(
      '--latency <ms>',
      'how long each command that calls system_server (dumpsys, pm, am, cmd, settings…) takes on the phone; real phones take tens of ms (default 0)',
    )
    .option(
      '--apk-size <mb>',
      "pad the test app's APK with this many MB of assets, like a real app (default: a few KB)",
    )
    .option(
      '--time-scale <n>',
      "phone time runs N times faster (Doze's maintenance windows, reboots): for tests and `watch --time-scale N` (default 1)",
    )
    .option('--log-rate <n>', 'write N lines of everyday log noise per second (load for the logcat viewer)')
    .option('--list-profiles', 'list the phone profiles')
    .option('--list-faults', 'list the faults')
    .action(async (opts: SimOptions, cmd: Command) => {
      if (opts.listProfiles) {
        for (const p of PROFILES) process.stdout.write(`${p.name.padEnd(18)} ${p.title} — ${p.appChannel} push\n`);
        return;
      }
      if (opts.listFaults) {
        for (const f of FAULTS) process.stdout.write(`${f.name.padEnd(28)} ${f.description} (${f.step})\n`);
        return;
      }
      if (opts.props && opts.profile?.length) throw usageError('Give either --profile or --props, not both.');
      const snapshots = (opts.snapshot ?? []).map((f) => readSnapshotFile(f));
      if (snapshots.length && (opts.props || opts.profile?.length || opts.fault?.length || opts.count))
        throw usageError('--snapshot starts the phone in the file: leave out --profile, --props, --fault and --count.');
      const faults = (opts.fault ?? []).map((f) => {
        if (!isFaultName(f))
          throw usageError(`Unknown fault "${f}".`, `Faults: ${FAULTS.map((x) => x.name).join(', ')}.`);
        return f as FaultName;
      });
      const count = opts.count === undefined ? 1 : Number(opts.count);
      if (!Number.isInteger(count) || count < 1 || count > 256)
        throw usageError(`--count must be from 1 to 256, not "${opts.count}".`);
      let profiles: (string | PhoneProfile)[];
      if (opts.props) {
        const parsed = parseProps(readTextFile(opts.props, 'the props file'));
        if (parsed.format === 'empty')
          throw usageError(`${opts.props} holds no properties.`, 'Save one with `adb shell getprop > props.txt`.');
        const missing = missingEssentials(parsed.props);
        if (missing.length)
          throw usageError(
            `${opts.props} lacks ${missing.join(', ')}: it looks truncated.`,
            'Save the whole output of `adb shell getprop` again.',
          );
        profiles = [profileFromProps(parsed.props)];
      } else {
        profiles = opts.profile?.length ? opts.profile : ['xiaomi-hyperos'];
        for (const p of profiles as string[])
          if (!PROFILE_NAMES.includes(p))
            throw usageError(`Unknown profile "${p}".`, `Profiles: ${PROFILE_NAMES.join(', ')}.`);
      }
      profiles = snapshots.length ? [] : profiles.flatMap((p) => Array.from({ length: count }, () => p));
      const port = portArg(opts.port, '--port');
      let adbServer: AdbServer | undefined;
      if (opts.connect) {
        const g = globals(cmd);
        const adbPort = portArg(opts.adbPort, '--adb-port');
        const address = adbPort ? `127.0.0.1:${adbPort}` : serverList(g)[0];
        const parsed = parseServerAddress(address)!;
        adbServer = new AdbServer({ host: parsed.host, port: parsed.port, adbPath: g.adbPath });
      }
      const delay = opts.deliveryDelay === undefined ? undefined : Number(opts.deliveryDelay);
      if (delay !== undefined && (!Number.isInteger(delay) || delay < 0 || delay > 120_000))
        throw usageError(`--delivery-delay must be 0-120000 ms, not "${opts.deliveryDelay}".`);
      const logRate = opts.logRate === undefined ? 0 : Number(opts.logRate);
      if (!Number.isInteger(logRate) || logRate < 0 || logRate > 100_000)
        throw usageError(`--log-rate must be 0-100000 lines a second, not "${opts.logRate}".`);
      const latency = opts.latency === undefined ? 0 : Number(opts.latency);
      if (!Number.isInteger(latency) || latency < 0 || latency > 60_000)
        throw usageError(`--latency must be 0-60000 ms, not "${opts.latency}".`);
      const timeScale = opts.timeScale === undefined ? 1 : Number(opts.timeScale);
      if (!(timeScale >= 1 && timeScale <= 100_000))
        throw usageError(`--time-scale must be a number from 1 to 100000, not "${opts.timeScale}".`);
      const apkMb = opts.apkSize === undefined ? 0 : Number(opts.apkSize);
      if (!Number.isInteger(apkMb) || apkMb < 0 || apkMb > 1024)
        throw usageError(`--apk-size must be 0-1024 MB, not "${opts.apkSize}".`);
      const lab = await startLab({
        adbServer,
        profiles,
        snapshots,
        faults,
        port,
        seed: opts.seed,
        standins: !!opts.writeProfile,
        profilePath: opts.writeProfile,
        deliveryDelayMs: delay,
        commandLatencyMs: latency,
        timeScale,
        apkPaddingMb: apkMb,
      });
      for (const d of lab.devices) {
        d.phone.startLogFlood(logRate);
        process.stdout.write(JSON.stringify({ serial: d.serial, port: d.port, profile: d.phone.profile.name }) + '\n');
      }
      if (opts.writeProfile)
        process.stderr.write(
          `Push stand-ins ready; app profile written to ${opts.writeProfile} (use it with --profile).\n`,
        );
      process.stderr.write(
        `${lab.devices.length} virtual phone(s) ready${adbServer ? ` and attached to adb ${adbServer.address}` : ` (attach with \`adb connect ${lab.devices[0].serial}\`)`}. Ctrl-C stops.\n`,
      );
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await lab.stop();
    });
}
