import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Command } from 'commander';
import {
  checkPackageOption,
  checkSerialOption,
  globals,
  language,
  positiveInt,
  printJson,
  readTextFile,
  translator,
} from '../context';
import { hubFrom } from '../hub';
import { CliProgress, printable } from '../progress';
import { mergeAnswers, parseAnswersFile, parseConfirm } from '../../main/checklist/answers';
import { jobError, usageError, EXIT_FAILED, EXIT_OK } from '../errors';
import {
  STEP_IDS,
  type ManualAnswerInput,
  type Report,
  type StepId,
  type StepResult,
  type Text,
} from '../../shared/types';
import { ChecklistRun } from '../../main/checklist/engine';
import { STEPS } from '../../main/checklist/steps';
import { renderReport } from '../../main/report/export';
import { localize, type LocalizedReport } from '../../main/report/localize';
import { buildMatrix, matrixHtml, matrixJUnit, matrixMarkdown, type MatrixPhone } from '../../main/report/matrix';
import { loadProfile } from '../../main/push/profile-file';
import type { AppProfile } from '../../shared/profile';
import { startLab, type Lab } from '../lab';
import { readSnapshotFile } from '../../main/snapshot/file';
import { snapshotRun } from '../../main/snapshot/capture';
import type { AdbHub } from '../../main/adb/hub';

interface DiagnoseOptions {
  serial?: string[];
  all?: boolean;
  jobs?: string;
  package?: string;
  profile?: string;
  json?: boolean;
  report?: string[];
  junit?: string;
  steps?: string;
  tokenTimeout?: string;
  deliveryTimeout?: string;
  serviceTimeout?: string;
  pushCount?: string;
  confirm?: string[];
  answers?: string;
  revealToken?: boolean;
  virtual?: boolean;
  snapshot?: string;
}

const MARK: Record<string, string> = {
  pass: '✔',
  warn: '!',
  fail: '✘',
  skip: '-',
  manual: '?',
  running: '…',
  pending: ' ',
};

/** The verdict block: the headline, then the root cause's own sentence, what it blocked, what is left by hand. */
export function verdictLines(report: Report, t: (x: Text | undefined) => string): string[] {
  const out = [`Verdict: ${t(report.headline ?? { key: `verdict.${report.verdict}` })}`];
  const root = report.rootCauses?.[0] ? report.steps.find((s) => s.id === report.rootCauses![0]) : undefined;
  if (root) {
    out.push(`  ${t(root.summary)}`);
    const blocked = report.steps.filter((s) => s.blockedBy === root.id).length;
    if (blocked) out.push(`  ${t({ key: 'verdict.blocked', params: { count: blocked } })}`);
  }
  for (const id of report.manualChecks ?? []) out.push(`  ${t({ key: 'verdict.manualLeft', params: { step: id } })}`);
  return out.map(printable);
}
export async function pickPhone(hub: AdbHub, serial: string | undefined): Promise<string | null> {
  if (serial) return serial;
  const { devices, errors } = await hub.listOnce();
  if (errors.length === hub.servers.length && errors.length) throw jobError(errors[0].error.message);
  const usable = devices.filter((d) => d.state === 'device');
  if (usable.length === 1) return usable[0].serial;
  if (usable.length > 1)
    throw usageError(
      `${usable.length} phones are attached (${usable.map((d) => d.serial).join(', ')}).`,
      'Pick one with --serial.',
    );
  const other = devices.find((d) => d.state !== 'device');
  if (other)
    throw jobError(
      `The only phone attached, ${other.serial}, is ${other.state}.`,
      'See `push-doctor devices` for what to do about it.',
    );
  return null;
}

export function registerDiagnose(program: Command): void {
  program
    .command('diagnose')
    .description('run the push checklist on a phone (a virtual one when none is attached) and report')
    .option(
      '--serial <serial>',
      'the phone (default: the only one attached); repeat it for several phones at once',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--all', 'every attached phone at once, with a phones × steps matrix report')
    .option('--jobs <n>', 'with --all or several --serial: phones diagnosed at the same time (default 4)')
    .option('--package <package>', "the app's package name (default com.example.chat on a virtual phone)")
    .option('--profile <file>', 'app profile with push credentials (enables the test-push step)')
    .option('--json', 'print the report as JSON')
    .option(
      '--report <file>',
      'write an HTML or Markdown report (by extension; repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--junit <file>', 'write a JUnit XML file with one test case per step')
    .option('--steps <ids>', `only these steps (comma-separated: ${STEP_IDS.join(', ')})`)
    .option('--token-timeout <seconds>', 'how long to wait for the push token after restarting the app (default 20)')
    .option(
      '--delivery-timeout <seconds>',
      "how long to wait for each test push to show (default: the profile's deliveryTimeoutSec, else 60); the wait ends as soon as every push showed or was refused",
    )
    .option('--service-timeout <seconds>', 'how long a push service has to answer one send (default 30)')
    .option('--push-count <n>', 'test pushes to send (default 3)')
    .option(
      '--confirm <step[=done|not-done][:note]>',
      'record the answer to a check by hand, e.g. --confirm device.power=done:"autostart on" (repeatable)',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .option('--answers <file.json>', 'answers to checks by hand: {"device.power": {"done": true, "note": "…"}}')
    .option('--reveal-token', 'show the push token in clear (masked by default)')
    .option('--virtual', 'diagnose a virtual phone even when real ones are attached')
    .option(
      '--snapshot <file.pdsnap>',
      'diagnose a phone snapshot (from `push-doctor capture`) instead of a phone; steps that need the live phone skip',
    )
    .action(async (opts: DiagnoseOptions, cmd: Command) => {
      const g = globals(cmd);
      const lang = language(g);
      const t = translator(g);
      // Validate everything before anything reaches adb or a phone.
      for (const serial of opts.serial ?? []) checkSerialOption(serial);
      const rack = opts.all || (opts.serial?.length ?? 0) > 1;
      if (opts.all && opts.serial?.length) throw usageError('Give either --all or --serial, not both.');
      if (rack && opts.virtual)
        throw usageError(
          '--virtual diagnoses one virtual phone; start several with `push-doctor sim --count N --connect`, then use --all.',
        );
      const jobs = positiveInt(opts.jobs, '--jobs', 64) ?? 4;
      checkPackageOption(opts.package);
      let only: StepId[] | undefined;
      if (opts.steps) {
        only = opts.steps.split(',').map((s) => s.trim()) as StepId[];
        const bad = only.filter((s) => !(STEP_IDS as readonly string[]).includes(s));
        if (bad.length)
          throw usageError(`--steps: unknown step ${bad.join(', ')}.`, `Steps are: ${STEP_IDS.join(', ')}.`);
      }
      for (const file of opts.report ?? [])
        if (!['.html', '.htm', '.md'].includes(extname(file).toLowerCase()))
          throw usageError(`--report ${file}: use a .html or .md file name.`);
      const tokenTimeoutSec = positiveInt(opts.tokenTimeout, '--token-timeout', 600);
      const pushCount = positiveInt(opts.pushCount, '--push-count', 20);
      const deliveryTimeoutSec = positiveInt(opts.deliveryTimeout, '--delivery-timeout', 600);
      const pushServiceTimeoutSec = positiveInt(opts.serviceTimeout, '--service-timeout', 300);
      const fromFile: ManualAnswerInput[] = opts.answers
        ? parseAnswersFile(readTextFile(opts.answers, '--answers', 1024 * 1024), opts.answers)
        : [];
      const answers = mergeAnswers(fromFile, (opts.confirm ?? []).map(parseConfirm));
      let profile: AppProfile | undefined = opts.profile ? await loadProfile(opts.profile) : undefined;

      const runOptions = {
        tokenTimeoutSec,
        pushCount,
        revealToken: opts.revealToken,
        deliveryTimeoutSec,
        pushServiceTimeoutSec,
        answers,
      };
      if (opts.snapshot) {
        if (rack || opts.virtual || opts.serial?.length)
          throw usageError('--snapshot diagnoses the phone in the file: leave out --serial, --all and --virtual.');
        const snapshot = readSnapshotFile(opts.snapshot);
        if (opts.package !== undefined && opts.package !== snapshot.capture.package)
          throw usageError(
            `--package ${opts.package}: the snapshot holds ${snapshot.capture.package}.`,
            'Leave out --package, or capture the phone again for that app.',
          );
        process.stderr.write(
          printable(
            `Snapshot of ${snapshot.capture.serial} (${snapshot.capture.package}), captured ${snapshot.capturedAt} by Push Doctor ${snapshot.tool.version}.`,
          ) + '\n',
        );
        const run = snapshotRun(snapshot, { profile, only, options: runOptions, file: opts.snapshot });
        await finishRun(run, opts, answers, lang, t);
        return;
      }
      if (rack) {
        await diagnoseRack(hubFrom(g), { opts, only, profile, runOptions, jobs, lang, t });
        return;
      }

      let lab: Lab | null = null;
      const hub = hubFrom(g);
      try {
        let serial = opts.virtual ? null : await pickPhone(hub, opts.serial?.[0]);
        let pkg = opts.package ?? profile?.package;
        if (!serial) {
          lab = await startLab({ adbServer: hub.servers[0], profiles: ['xiaomi-hyperos'], standins: !opts.profile });
          if (lab.profilePath) process.stderr.write(`Push stand-ins ready; their app profile is ${lab.profilePath}.\n`);
          serial = lab.devices[0].serial;
          pkg ??= 'com.example.chat';
          profile ??= lab.appProfile;
          process.stderr.write(
            `No phone attached: diagnosing a virtual ${lab.devices[0].phone.profile.title} (${serial}).\n`,
          );
        }
        if (!pkg)
          throw usageError(
            '--package is required for a real phone.',
            'Give the app to check, e.g. --package com.example.chat.',
          );
        const { server } = await hub.locate(serial);
        const run = new ChecklistRun(
          {
            serial,
            server: server.address,
            package: pkg,
            client: server.client,
            profile,
            only,
            options: runOptions,
          },
          STEPS,
        );
        await finishRun(run, opts, answers, lang, t);
      } finally {
        await lab?.stop();
      }
    });
}

/** Runs one checklist (on a phone or a snapshot) with live progress, then prints and writes its reports. */
async function finishRun(
  run: ChecklistRun,
  opts: DiagnoseOptions,
  answers: ManualAnswerInput[],
  lang: ReturnType<typeof language>,
  t: (x: Text | undefined) => string,
): Promise<void> {
  const out = opts.json ? process.stderr : process.stdout;
  // Finished steps in checklist order; a live line (or plain lines when piped) while something waits.
  const progress = new CliProgress({ out: process.stderr.isTTY ? process.stderr : out, lines: out, t });
  run.on('started', (steps: StepResult[]) => progress.started(steps));
  run.on('step', (s: StepResult) => progress.step(s));
  run.on('progress', (id, data) => progress.progress(id, data));
  let report: Report;
  try {
    report = await run.run();
  } finally {
    progress.stop();
  }
  if (opts.json) printJson(localize(report, lang));
  else {
    const failed = report.steps.filter((s) => s.status === 'fail' || s.status === 'warn' || s.status === 'manual');
    for (const s of failed) {
      if (!s.remediation.length) continue;
      process.stdout.write(
        printable(`\n${MARK[s.status]} ${t(s.title)}\n${s.remediation.map((r) => `  - ${t(r)}`).join('\n')}`) + '\n',
      );
    }
    process.stdout.write(`\n${verdictLines(report, t).join('\n')}\n`);
  }
  for (const a of answers) {
    const s = report.steps.find((x) => x.id === a.stepId);
    if (!s)
      process.stderr.write(`--confirm ${a.stepId}: that step was not part of this run; the answer was not used.\n`);
    else if (!s.answer)
      process.stderr.write(
        `--confirm ${a.stepId}: that step ended ${s.status}, not "check by hand"; the answer was not needed.\n`,
      );
  }
  for (const file of opts.report ?? []) {
    writeFileSync(file, renderReport(report, extname(file).toLowerCase() === '.md' ? 'md' : 'html', lang));
    process.stderr.write(`Report written to ${file}\n`);
  }
  if (opts.junit) {
    writeFileSync(opts.junit, renderReport(report, 'junit', lang));
    process.stderr.write(`JUnit written to ${opts.junit}\n`);
  }
  process.exitCode = report.verdict === 'fail' ? EXIT_FAILED : EXIT_OK;
}

interface RackContext {
  opts: DiagnoseOptions;
  only: StepId[] | undefined;
  profile: AppProfile | undefined;
  runOptions: ConstructorParameters<typeof ChecklistRun>[0]['options'];
  jobs: number;
  lang: ReturnType<typeof language>;
  t: (x: Text | undefined) => string;
}

/** The file name a phone's own report gets beside the matrix (serials hold ':' and '.'). */
const phoneFileName = (serial: string, ext: string) => `phone-${serial.replace(/[^A-Za-z0-9._-]+/g, '_')}.${ext}`;

/**
 * The checklist on several phones at once (`--all`, or `--serial` repeated), `jobs` at a time; one
 * line per finished step, prefixed by its phone. A phone that goes away fails its own column only.
 */
async function diagnoseRack(hub: AdbHub, c: RackContext): Promise<void> {
  const { opts, t } = c;
  let serials = opts.serial ?? [];
  if (opts.all) {
    const { devices, errors } = await hub.listOnce();
    if (errors.length === hub.servers.length && errors.length) throw jobError(errors[0].error.message);
    for (const d of devices)
      if (d.state !== 'device')
        process.stderr.write(printable(`${d.serial} is ${d.state}: left out (see \`push-doctor devices\`).`) + '\n');
    serials = devices.filter((d) => d.state === 'device').map((d) => d.serial);
    if (!serials.length)
      throw jobError(
        'No phone is attached and authorized.',
        'Plug phones in, or start virtual ones with `push-doctor sim --count 8 --connect`.',
      );
  }
  const pkg = opts.package ?? c.profile?.package;
  if (!pkg)
    throw usageError(
      '--package is required with several phones.',
      'Give the app to check, e.g. --package com.example.chat.',
    );
  const out = opts.json ? process.stderr : process.stdout;
  out.write(`Diagnosing ${pkg} on ${serials.length} phone(s), ${Math.min(c.jobs, serials.length)} at a time.\n`);

  const results: MatrixPhone[] = serials.map((serial) => ({ serial }));
  const reports: (Report | undefined)[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < serials.length; i = next++) {
      const serial = serials[i];
      try {
        const { server } = await hub.locate(serial);
        const run = new ChecklistRun(
          {
            serial,
            server: server.address,
            package: pkg,
            client: server.client,
            profile: c.profile,
            only: c.only,
            options: c.runOptions,
          },
          STEPS,
        );
        run.on('step', (s: StepResult) => {
          if (s.status === 'running' || s.status === 'pending') return;
          out.write(printable(`${serial}  ${MARK[s.status]} ${t(s.title)}: ${t(s.summary)}`) + '\n');
        });
        const report = await run.run();
        reports[i] = report;
        results[i].report = localize(report, c.lang);
        out.write(printable(`${serial}  ${verdictLines(report, t)[0]}`) + '\n');
      } catch (err) {
        results[i].error = (err as Error).message;
        out.write(printable(`${serial}  ✘ ${(err as Error).message}`) + '\n');
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(c.jobs, serials.length) }, worker));

  // Each phone's full report beside the matrix (HTML), linked from its row.
  const firstReport = opts.report?.[0];
  if (firstReport) {
    const dir = dirname(firstReport);
    mkdirSync(dir, { recursive: true });
    results.forEach((r, i) => {
      if (!reports[i]) return;
      const file = phoneFileName(r.serial, 'html');
      writeFileSync(join(dir, file), renderReport(reports[i]!, 'html', c.lang));
      r.link = file;
    });
  }
  const matrix = buildMatrix(pkg, results);
  if (opts.json)
    printJson({
      matrix,
      phones: results.map((r) => ({
        serial: r.serial,
        error: r.error,
        report: r.report as LocalizedReport | undefined,
      })),
    });
  else {
    out.write(`\nVerdict over ${serials.length} phone(s): ${matrix.verdict.toUpperCase()}\n`);
    for (const p of matrix.phones) out.write(printable(`  ${p.serial} (${p.label}): ${p.headline}`) + '\n');
  }
  for (const file of opts.report ?? []) {
    writeFileSync(file, extname(file).toLowerCase() === '.md' ? matrixMarkdown(matrix) : matrixHtml(matrix));
    process.stderr.write(
      `Matrix report written to ${file} (each phone's report beside it: ${phoneFileName('SERIAL', 'html')})\n`,
    );
  }
  if (opts.junit) {
    writeFileSync(opts.junit, matrixJUnit(matrix, results));
    process.stderr.write(`JUnit written to ${opts.junit} (one test suite per phone)\n`);
  }
  process.exitCode = matrix.verdict === 'fail' ? EXIT_FAILED : EXIT_OK;
}
