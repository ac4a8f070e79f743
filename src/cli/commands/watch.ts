// `push-doctor watch`: a test push every interval for a while, one JSON line per push appended at
// once (nothing lost on a crash; --resume continues the file), a live line per push, and an HTML
// report with latency percentiles, loss and the timeline. A phone unplugged mid-run is waited for.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { checkPackageOption, globals } from '../context';
import { hubFrom } from '../hub';
import { printable } from '../progress';
import { usageError, EXIT_OK } from '../errors';
import { checkSerial } from '../../shared/validate';
import { loadProfile } from '../../main/push/profile-file';
import type { AppProfile } from '../../shared/profile';
import { startLab, type Lab } from '../lab';
import { pickPhone } from './diagnose';
import { ROUTE_IDS, type RouteId } from '../../main/reproduce/run';
import { parseDuration, runWatch, summarize, type WatchLine } from '../../main/reproduce/watch';
import { watchHtml } from '../../main/reproduce/report';
import { EXIT_INTERRUPTED } from './reproduce';
import { CONDITION_IDS, parseConditions, type ConditionSpec } from '../../main/reproduce/conditions';
import { defaultStateDir } from '../../main/reproduce/state';
import { rebootsPhone } from '../../shared/conditions';
import { confirm } from '../confirm';

interface WatchCliOptions {
  serial?: string;
  package?: string;
  profile?: string;
  provider?: string;
  every?: string;
  for?: string;
  out?: string;
  resume?: boolean;
  report?: string;
  timeout?: string;
  conditions?: string;
  stateDir?: string;
  virtual?: boolean;
  yes?: boolean;
  timeScale?: string;
}

function lineText(l: WatchLine): string {
  switch (l.type) {
    case 'start':
      return `Watching ${l.package} on ${l.serial}: a push through ${l.route} every ${l.everyMs / 1000} s for ${l.forMs / 1000} s${l.timeScale ? ` of phone time (its clock ${l.timeScale} times faster)` : ''}.`;
    case 'resume':
      return `Resumed at ${l.at}.`;
    case 'push':
      return `#${l.seq} ${l.sentAt} ${l.route}: ${l.status}${l.latencyMs !== undefined ? ` in ${l.latencyMs} ms` : ''} ${JSON.stringify(l.phone)}`;
    case 'condition':
      return `${l.at} ${l.id || 'condition'}: ${l.phase} ${JSON.stringify(l.evidence)}${l.differ?.length ? ` (differs from the start: ${l.differ.join(', ')})` : ''}`;
    case 'phone':
      return `${l.at} phone: ${Object.entries(l.changes)
        .map(([k, [a, b]]) => `${k} ${a ?? '?'} → ${b}`)
        .join('; ')}`;
    case 'arrival':
      return `#${l.seq} ${l.at} arrived late, after ${l.latencyMs} ms (held by the phone)`;
    case 'phone-gone':
      return `#${l.seq} ${l.at} the phone went away (${l.error}); waiting for it…`;
    case 'phone-back':
      return `#${l.seq} ${l.at} the phone is back after ${Math.round(l.awayMs / 100) / 10} s.`;
  }
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('a test push every interval while the phone lives its life; one JSON line per push, an HTML report')
    .option('--serial <serial>', 'the phone (default: the only one attached; a virtual one when none is)')
    .option('--package <package>', "the app's package name (default: the profile's)")
    .option('--profile <file>', 'app profile with push credentials')
    .option('--provider <route>', `the provider to push through (${ROUTE_IDS.join(', ')}; default the phone's channel)`)
    .option('--every <duration>', 'interval between pushes, e.g. 10m, 30s (default 10m)')
    .option('--for <duration>', 'how long to watch, e.g. 8h (default 8h)')
    .option('--out <file.jsonl>', 'the JSON-lines file, one line per push (default push-doctor-watch.jsonl)')
    .option('--resume', 'continue the watch in --out (after a crash or Ctrl-C)')
    .option('--report <file.html>', 'write the HTML report at the end')
    .option('--timeout <seconds>', 'how long each push may take to show (default: the interval, at most 60)')
    .option(
      '--conditions <condition>',
      'hold the phone in this condition for the whole watch (as reproduce names them; a+b for several); restored at the end',
    )
    .option('--state-dir <dir>', `where the condition's state file is kept (default ${defaultStateDir()})`)
    .option('--virtual', 'use a virtual phone even when real ones are attached')
    .option('--yes', 'do not ask before rebooting the phone (--conditions after-reboot)')
    .option(
      '--time-scale <n>',
      'virtual phones and tests: the phone runs N times faster (started with `sim --time-scale N`); intervals, times and latencies are phone time',
    )
    .action(async (opts: WatchCliOptions, cmd: Command) => {
      const g = globals(cmd);
      if (opts.serial !== undefined && !checkSerial(opts.serial).ok) throw usageError('--serial: not a valid serial.');
      checkPackageOption(opts.package);
      let everyMs: number;
      let forMs: number;
      try {
        everyMs = parseDuration(opts.every ?? '10m');
        forMs = parseDuration(opts.for ?? '8h');
      } catch (err) {
        throw usageError(`--every/--for: ${(err as Error).message}.`);
      }
      const timeScale = opts.timeScale === undefined ? undefined : Number(opts.timeScale);
      if (timeScale !== undefined && !(timeScale >= 1 && timeScale <= 100_000))
        throw usageError(`--time-scale must be a number from 1 to 100000, not "${opts.timeScale}".`);
      const timeout = opts.timeout === undefined ? undefined : Number(opts.timeout);
      if (timeout !== undefined && !(timeout > 0 && timeout <= 3600))
        throw usageError(`--timeout must be a number of seconds from 1 to 3600, not "${opts.timeout}".`);
      if (opts.provider && !(ROUTE_IDS as readonly string[]).includes(opts.provider))
        throw usageError(`--provider: unknown ${opts.provider}.`, `Providers are: ${ROUTE_IDS.join(', ')}.`);
      let condition: ConditionSpec | undefined;
      if (opts.conditions !== undefined) {
        let specs: ConditionSpec[];
        try {
          specs = parseConditions(opts.conditions);
        } catch (err) {
          throw usageError(`--conditions: ${(err as Error).message}.`, `Conditions are: ${CONDITION_IDS.join(', ')}.`);
        }
        if (specs.length !== 1)
          throw usageError('--conditions: a watch holds one condition (join several with +, e.g. battery-saver+doze).');
        condition = specs[0];
      }
      let profile: AppProfile | undefined = opts.profile ? await loadProfile(opts.profile) : undefined;
      const out = opts.out ?? 'push-doctor-watch.jsonl';

      let lab: Lab | null = null;
      const hub = hubFrom(g);
      const stop = new AbortController();
      let signalled = false;
      const onSignal = () => {
        signalled = true;
        stop.abort();
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      try {
        let serial = opts.virtual ? null : await pickPhone(hub, opts.serial);
        let pkg = opts.package ?? profile?.package;
        if (!serial) {
          lab = await startLab({
            adbServer: hub.servers[0],
            profiles: ['xiaomi-hyperos'],
            standins: !opts.profile,
            timeScale,
          });
          serial = lab.devices[0].serial;
          pkg ??= 'com.example.chat';
          profile ??= lab.appProfile;
          process.stderr.write(
            `No phone attached: watching a virtual ${lab.devices[0].phone.profile.title} (${serial}).\n`,
          );
        }
        if (!pkg) throw usageError('--package is required for a real phone.');
        if (!lab && !opts.yes && condition && rebootsPhone([condition.id]))
          await confirm(`after-reboot reboots ${serial} (it comes back in a minute or two).`, '--yes');
        if (!profile) throw usageError('--profile is required for a real phone: the pushes need credentials.');
        const route = opts.provider as RouteId | undefined;
        const { server } = await hub.locate(serial);
        const lines = await runWatch({
          client: server.client,
          serial,
          package: pkg,
          profile,
          route,
          everyMs,
          forMs,
          out,
          resume: opts.resume,
          deliveryTimeoutSec: timeout,
          timeScale,
          condition,
          stateDir: opts.stateDir ?? defaultStateDir(),
          signal: stop.signal,
          onLine: (l) => process.stderr.write(printable(lineText(l)) + '\n'),
        });
        const s = summarize(lines);
        process.stdout.write(
          `${s.pushes} push(es): ${s.arrived} arrived (${s.late} late), ${s.missing} missing (loss ${s.lossPct}%), ${s.refused} refused; latency p50 ${s.p50 ?? '-'} ms, p95 ${s.p95 ?? '-'} ms, max ${s.max ?? '-'} ms; phone gone ${s.phoneGone} time(s). Lines in ${out}.\n`,
        );
        if (opts.report) {
          writeFileSync(opts.report, watchHtml(lines));
          process.stderr.write(`Report written to ${opts.report}\n`);
        }
        process.exitCode = signalled ? EXIT_INTERRUPTED : EXIT_OK;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await lab?.stop();
      }
    });
}
