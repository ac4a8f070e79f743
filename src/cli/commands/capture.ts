// `push-doctor capture`: the phone's push state in one file (a `.pdsnap`) for someone who does not
// hold the phone. It runs the checklist's read-only steps (and restarts the app once, to catch its
// token lines), keeps every answer, and masks tokens and account ids unless --include-tokens.
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { checkPackageOption, checkSerialOption, globals, positiveInt, printJson, translator } from '../context';
import { hubFrom } from '../hub';
import { CliProgress, printable } from '../progress';
import { jobError, usageError, EXIT_OK } from '../errors';
import type { StepResult } from '../../shared/types';
import { loadProfile } from '../../main/push/profile-file';
import { startCapture } from '../../main/snapshot/capture';
import { writeSnapshot } from '../../main/snapshot/file';
import type { AppProfile } from '../../shared/profile';
import { startLab, type Lab } from '../lab';
import { pickPhone, verdictLines } from './diagnose';

interface CaptureOptions {
  serial?: string;
  package?: string;
  profile?: string;
  output?: string;
  includeTokens?: boolean;
  tokenTimeout?: string;
  note?: string;
  json?: boolean;
  virtual?: boolean;
}

const fileSafe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');

export function registerCapture(program: Command): void {
  program
    .command('capture')
    .description(
      "save a phone's push state to one file (.pdsnap) that `diagnose --snapshot` and `sim --snapshot` read elsewhere",
    )
    .option('--serial <serial>', 'the phone (default: the only one attached; a virtual one when none is)')
    .option('--package <package>', "the app's package name (default com.example.chat on a virtual phone)")
    .option('--profile <file>', 'app profile: only its token patterns are used; none of its secrets go in the file')
    .option('-o, --output <file.pdsnap>', 'where to write it (default <serial>-<package>-<time>.pdsnap)')
    .option('--include-tokens', 'keep push tokens and account ids in clear (masked by default)')
    .option('--token-timeout <seconds>', 'how long to wait for the push token after restarting the app (default 20)')
    .option('--note <text>', 'a note kept in the file (what the customer saw, when)')
    .option('--json', 'print what was captured as JSON')
    .option('--virtual', 'capture a virtual phone even when real ones are attached')
    .addHelpText(
      'after',
      '\nThe app is restarted once (force-stop, then launched) to read its push token from logcat;\nnothing else on the phone is changed. Send the file to whoever diagnoses it:\n  push-doctor diagnose --snapshot phone.pdsnap',
    )
    .action(async (opts: CaptureOptions, cmd: Command) => {
      const g = globals(cmd);
      const t = translator(g);
      checkSerialOption(opts.serial);
      checkPackageOption(opts.package);
      const tokenTimeoutSec = positiveInt(opts.tokenTimeout, '--token-timeout', 600);
      if (opts.note !== undefined && opts.note.length > 10_000)
        throw usageError('--note is longer than 10,000 characters.');
      let profile: AppProfile | undefined = opts.profile ? await loadProfile(opts.profile) : undefined;
      let lab: Lab | null = null;
      const hub = hubFrom(g);
      try {
        let serial = opts.virtual ? null : await pickPhone(hub, opts.serial);
        let pkg = opts.package ?? profile?.package;
        if (!serial) {
          lab = await startLab({ adbServer: hub.servers[0], profiles: ['xiaomi-hyperos'], standins: false });
          serial = lab.devices[0].serial;
          pkg ??= 'com.example.chat';
          profile ??= lab.appProfile;
          process.stderr.write(
            `No phone attached: capturing a virtual ${lab.devices[0].phone.profile.title} (${serial}).\n`,
          );
        }
        if (!pkg)
          throw usageError('--package is required for a real phone.', 'Give the app, e.g. --package com.example.chat.');
        const output =
          opts.output ??
          `${fileSafe(serial)}-${fileSafe(pkg)}-${new Date().toISOString().replace(/[:.]/g, '').slice(0, 15)}.pdsnap`;
        const { server } = await hub.locate(serial);
        const abort = new AbortController();
        const onSignal = () => abort.abort();
        process.once('SIGINT', onSignal);
        const { run, done } = startCapture({
          serial,
          server: server.address,
          package: pkg,
          client: server.client,
          profile,
          profileName: opts.profile ? basename(opts.profile) : undefined,
          includeTokens: opts.includeTokens,
          options: { tokenTimeoutSec },
          note: opts.note,
          signal: abort.signal,
        });
        const out = opts.json ? process.stderr : process.stdout;
        const progress = new CliProgress({ out: process.stderr.isTTY ? process.stderr : out, lines: out, t });
        run.on('started', (steps: StepResult[]) => progress.started(steps));
        run.on('step', (s: StepResult) => progress.step(s));
        run.on('progress', (id, data) => progress.progress(id, data));
        let capture;
        try {
          capture = await done;
        } finally {
          progress.stop();
          process.off('SIGINT', onSignal);
        }
        if (abort.signal.aborted) throw jobError('Capture cancelled; no file was written.');
        const { snapshot, report } = capture;
        if (snapshot.adb.state !== 'device')
          throw jobError(
            `The phone ${serial} is ${snapshot.adb.state === 'missing' ? 'not attached' : snapshot.adb.state}; nothing was captured.`,
            'See `push-doctor devices` for what to do about it.',
          );
        const bytes = writeSnapshot(output, snapshot);
        const summary = {
          file: resolve(output),
          bytes,
          commands: snapshot.commands.length,
          manifest: !!snapshot.manifest?.manifestBase64,
          logWindowLines: snapshot.logWindow ? snapshot.logWindow.text.split('\n').length - 1 : 0,
          tokensIncluded: snapshot.capture.tokensIncluded,
          verdict: report.verdict,
        };
        if (opts.json) printJson(summary);
        else {
          process.stdout.write(`\n${verdictLines(report, t).join('\n')}\n`);
          process.stdout.write(
            printable(
              `\nSnapshot written to ${output} (${Math.max(1, Math.round(bytes / 1024))} KiB: ${summary.commands} answers, ${summary.manifest ? 'the manifest' : 'no manifest'}, ${summary.logWindowLines} log lines around the restart; tokens ${summary.tokensIncluded ? 'IN CLEAR' : 'masked'}).\nDiagnose it anywhere with: push-doctor diagnose --snapshot ${output}\n`,
            ),
          );
        }
        process.exitCode = EXIT_OK;
      } finally {
        await lab?.stop();
      }
    });
}
