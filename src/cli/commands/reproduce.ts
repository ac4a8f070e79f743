// `push-doctor reproduce`: puts the phone in each condition (Doze, a standby bucket, force-stop…),
// sends test pushes through the chosen providers, times their arrival, undoes the condition, and
// prints the conditions × providers matrix. The phone is left as it was found: its original values
// are in a state file before anything changes, put back at the end, on Ctrl-C (SIGINT/SIGTERM), and
// at the next start when a run died; `--restore` does it by hand.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from 'commander';
import { checkPackageOption, checkSerialOption, globals, printJson, translator } from '../context';
import { hubFrom } from '../hub';
import { printable } from '../progress';
import { jobError, usageError, EXIT_FAILED, EXIT_OK } from '../errors';
import { loadProfile } from '../../main/push/profile-file';
import type { AppProfile } from '../../shared/profile';
import { startLab, type Lab } from '../lab';
import { pickPhone } from './diagnose';
import {
  CONDITION_IDS,
  DEFAULT_CONDITIONS,
  parseConditions,
  type ConditionSpec,
} from '../../main/reproduce/conditions';
import { rebootsPhone } from '../../shared/conditions';
import { confirm } from '../confirm';
import { defaultStateDir, StateFile } from '../../main/reproduce/state';
import {
  ROUTE_IDS,
  ReproduceRun,
  recoverIfNeeded,
  type ReproduceEvent,
  type RestoreResult,
  type RouteId,
} from '../../main/reproduce/run';
import {
  explanations,
  matrixText,
  reproduceHtml,
  reproduceMarkdown,
  restoreLine,
  cellText,
} from '../../main/reproduce/report';

interface ReproduceOptions {
  serial?: string;
  package?: string;
  profile?: string;
  conditions?: string;
  providers?: string;
  pushes?: string;
  timeout?: string;
  lateAfter?: string;
  json?: boolean;
  report?: string[];
  restore?: boolean;
  stateDir?: string;
  virtual?: boolean;
  yes?: boolean;
  bootTimeout?: string;
}

/** Exit code after an interruption (128 + SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

function positiveNumber(value: string | undefined, name: string, max: number, int = true): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max || (int && !Number.isInteger(n)))
    throw usageError(`${name} must be a ${int ? 'whole ' : ''}number from 1 to ${max}, not "${value}".`);
  return n;
}

function restoredText(r: RestoreResult): string {
  const written = r.written.length ? r.written.join(', ') : 'nothing needed writing';
  return r.differ.length
    ? `put back: ${written}; still different from the start: ${r.differ.join(', ')} (check by hand)`
    : `put back: ${written}; every recorded setting reads back as it was`;
}

export function registerReproduce(program: Command): void {
  program
    .command('reproduce')
    .description(
      'put the phone in each condition (Doze, standby bucket, force-stop…), push, and report a conditions × providers matrix; the phone is always restored',
    )
    .option('--serial <serial>', 'the phone (default: the only one attached; a virtual one when none is)')
    .option(
      '--package <package>',
      "the app's package name (default: the profile's; com.example.chat on a virtual phone)",
    )
    .option('--profile <file>', 'app profile with push credentials')
    .option(
      '--conditions <list>',
      `comma-separated; join with + to set several at once, e.g. standby-restricted+doze (default: ${DEFAULT_CONDITIONS.join(', ')}; after-reboot reboots the phone and is asked for first)`,
    )
    .option(
      '--providers <list>',
      `provider columns (${ROUTE_IDS.join(', ')}; fcm is high priority, fcm-normal normal). Default: the phone's channel and the IM service the app reported to`,
    )
    .option('--pushes <n>', 'pushes per condition and provider (default 3)')
    .option('--timeout <seconds>', 'how long each push may take to show while the condition holds (default 60)')
    .option('--late-after <seconds>', 'a push slower than this counts as late (default 60)')
    .option('--json', 'print the result as JSON')
    .option(
      '--report <file>',
      'write an HTML or Markdown report (by extension; repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--restore', 'only put back what an unfinished run changed on the phone, then exit')
    .option('--state-dir <dir>', `where the state file of a run is kept (default ${defaultStateDir()})`)
    .option('--virtual', 'use a virtual phone even when real ones are attached')
    .option('--yes', 'do not ask before rebooting the phone (after-reboot)')
    .option('--boot-timeout <seconds>', 'how long after-reboot waits for the phone to finish booting (default 240)')
    .action(async (opts: ReproduceOptions, cmd: Command) => {
      const g = globals(cmd);
      const t = translator(g);
      checkSerialOption(opts.serial);
      checkPackageOption(opts.package);
      let conditions: ConditionSpec[];
      try {
        conditions = parseConditions(opts.conditions);
      } catch (err) {
        throw usageError(`--conditions: ${(err as Error).message}.`, `Conditions are: ${CONDITION_IDS.join(', ')}.`);
      }
      let routes: RouteId[] | undefined;
      if (opts.providers) {
        routes = opts.providers.split(',').map((s) => s.trim()) as RouteId[];
        const bad = routes.filter((r) => !(ROUTE_IDS as readonly string[]).includes(r));
        if (bad.length)
          throw usageError(`--providers: unknown ${bad.join(', ')}.`, `Providers are: ${ROUTE_IDS.join(', ')}.`);
      }
      for (const file of opts.report ?? [])
        if (!['.html', '.htm', '.md'].includes(extname(file).toLowerCase()))
          throw usageError(`--report ${file}: use a .html or .md file name.`);
      const pushes = positiveNumber(opts.pushes, '--pushes', 20) ?? 3;
      const timeout = positiveNumber(opts.timeout, '--timeout', 3600, false);
      const lateAfter = positiveNumber(opts.lateAfter, '--late-after', 3600, false);
      const bootTimeout = positiveNumber(opts.bootTimeout, '--boot-timeout', 3600, false);
      const stateDir = opts.stateDir ?? defaultStateDir();
      let profile: AppProfile | undefined = opts.profile ? await loadProfile(opts.profile) : undefined;

      let lab: Lab | null = null;
      const hub = hubFrom(g);
      try {
        let serial = opts.virtual ? null : await pickPhone(hub, opts.serial);
        let pkg = opts.package ?? profile?.package;
        if (!serial) {
          if (opts.restore)
            throw jobError('No phone attached: there is nothing to restore.', 'Attach the phone the run was on.');
          lab = await startLab({ adbServer: hub.servers[0], profiles: ['xiaomi-hyperos'], standins: !opts.profile });
          serial = lab.devices[0].serial;
          pkg ??= 'com.example.chat';
          profile ??= lab.appProfile;
          process.stderr.write(
            `No phone attached: reproducing on a virtual ${lab.devices[0].phone.profile.title} (${serial}).\n`,
          );
        }
        const { server } = await hub.locate(serial);
        const base = { client: server.client, serial, stateDir };

        if (opts.restore) {
          const file = new StateFile(stateDir, serial);
          const r = await recoverIfNeeded(base);
          if (!r) process.stderr.write(`Nothing to restore on ${serial} (no state file ${file.path}).\n`);
          else
            process.stderr.write(
              printable(
                `Restored ${serial} from the run started ${r.state.startedAt} (${r.state.current ?? 'before any condition'}): ${restoredText(r.result)}.`,
              ) + '\n',
            );
          process.exitCode = r?.result.differ.length ? EXIT_FAILED : EXIT_OK;
          return;
        }
        if (!pkg)
          throw usageError('--package is required for a real phone.', 'Give the app, e.g. --package com.example.chat.');
        if (!profile)
          throw usageError(
            '--profile is required for a real phone: the pushes need the providers’ credentials.',
            'See "App profiles and secrets" in the README.',
          );

        // A reboot ends every app's session on the phone: asked for first (a virtual phone is not asked about).
        if (!lab && !opts.yes && rebootsPhone(conditions.map((c) => c.id)))
          await confirm(`after-reboot reboots ${serial} (it comes back in a minute or two).`, '--yes');

        // Ctrl-C or a kill request: stop pushing, put the phone back, then exit.
        const stop = new AbortController();
        let signalled: NodeJS.Signals | undefined;
        const onSignal = (sig: NodeJS.Signals) => {
          if (signalled) return;
          signalled = sig;
          process.stderr.write(`\n${sig}: stopping and restoring the phone…\n`);
          stop.abort();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        const out = (s: string) => process.stderr.write(printable(s) + '\n');
        const onEvent = (e: ReproduceEvent) => {
          switch (e.type) {
            case 'recovered':
              out(
                `${t({ key: 'reproduce.recovered', params: { serial, startedAt: e.state.startedAt } })} (${restoredText(e.result)})`,
              );
              break;
            case 'recorded':
              out(`Original values recorded in ${e.path}: ${JSON.stringify(e.original)}`);
              break;
            case 'token':
              out(`Channel ${e.channel}; providers: ${e.routes.join(', ') || 'none'}.`);
              break;
            case 'condition':
              out(`${e.id}: ${e.phase}${e.evidence ? ` ${JSON.stringify(e.evidence)}` : ''}`);
              break;
            case 'pushing':
              out(`${e.condition}: ${e.count} push(es) through ${e.route}…`);
              break;
            case 'cell':
              out(`${e.cell.condition} × ${e.cell.route}: ${cellText(e.cell, t)}`);
              break;
            case 'restored':
              out(`Restored: ${restoredText(e.result)}.`);
              break;
          }
        };
        let result;
        try {
          result = await new ReproduceRun({
            ...base,
            package: pkg,
            profile,
            conditions,
            routes,
            pushes,
            deliveryTimeoutSec: timeout,
            lateAfterSec: lateAfter,
            bootTimeoutSec: bootTimeout,
            signal: stop.signal,
            onEvent,
          }).run();
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
        if (opts.json) printJson({ ...result, explanations: explanations(result, t) });
        else {
          process.stdout.write(printable(`\n${matrixText(result, t)}`) + '\n');
          for (const e of explanations(result, t)) process.stdout.write(printable(`- ${e}`) + '\n');
          process.stdout.write(printable(`\n${restoreLine(result, t)}`) + '\n');
        }
        for (const file of opts.report ?? []) {
          writeFileSync(
            file,
            extname(file).toLowerCase() === '.md' ? reproduceMarkdown(result, t) : reproduceHtml(result, t),
          );
          process.stderr.write(`Report written to ${file}\n`);
        }
        if (signalled) {
          process.exitCode = EXIT_INTERRUPTED;
          return;
        }
        // The matrix is the finding; the run fails only when the phone was not put back as it was.
        const notUndone = result.conditions.some((c) => !c.undone);
        process.exitCode = result.restore.differ.length || notUndone ? EXIT_FAILED : EXIT_OK;
      } finally {
        await lab?.stop();
      }
    });
}
