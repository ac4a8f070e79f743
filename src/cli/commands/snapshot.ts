// `push-doctor snapshot show F` and `push-doctor snapshot diff BEFORE AFTER`: what a snapshot holds,
// and what changed between two snapshots of one phone (before and after a fix).
import type { Command } from 'commander';
import { globals, language, printJson, translator } from '../context';
import { printable } from '../progress';
import { EXIT_OK } from '../errors';
import { readSnapshotFile } from '../../main/snapshot/file';
import { diffSnapshots } from '../../main/snapshot/diff';
import { snapshotRun } from '../../main/snapshot/capture';
import { localize } from '../../main/report/localize';

export function registerSnapshot(program: Command): void {
  const group = program
    .command('snapshot')
    .description('look into phone snapshots from `push-doctor capture`: show one, or diff two');

  group
    .command('show')
    .description('what a snapshot holds: the phone, the capture, every answer with its exit status and duration')
    .argument('<file.pdsnap>')
    .option('--json', 'print as JSON')
    .action(async (file: string, opts: { json?: boolean }, cmd: Command) => {
      const t = translator(globals(cmd));
      const snap = readSnapshotFile(file);
      const report = await snapshotRun(snap).run();
      const d = report.device.detection;
      const info = {
        file,
        capturedAt: snap.capturedAt,
        tool: snap.tool.version,
        serial: snap.capture.serial,
        package: snap.capture.package,
        tokensIncluded: snap.capture.tokensIncluded,
        phone: d ? `${d.brand} ${d.model}, ${d.rom.name} ${d.rom.version}, Android ${d.android.release}` : undefined,
        channel: d?.pushChannel,
        verdict: t(report.headline),
        commands: snap.commands.map((c) => ({
          command: c.command,
          exitCode: c.exitCode,
          durationMs: c.durationMs,
          bytes: c.output.length,
        })),
        manifest: snap.manifest
          ? { apkPath: snap.manifest.apkPath, apkSize: snap.manifest.apkSize, error: snap.manifest.error }
          : undefined,
        logWindow: snap.logWindow
          ? {
              lines: snap.logWindow.text.split('\n').length - 1,
              timedOut: snap.logWindow.timedOut,
              elapsedSec: snap.logWindow.elapsedSec,
            }
          : undefined,
        note: snap.note,
      };
      if (opts.json) return printJson(info);
      const out: string[] = [
        `Snapshot ${file}`,
        `  captured   ${info.capturedAt} by Push Doctor ${info.tool} (${Math.round(snap.capture.durationMs / 100) / 10} s)`,
        `  phone      ${info.serial}: ${info.phone ?? 'unknown'} — ${info.channel ?? '?'} channel`,
        `  app        ${info.package}`,
        `  tokens     ${info.tokensIncluded ? 'IN CLEAR (captured with --include-tokens)' : 'masked'}`,
        `  verdict    ${info.verdict}`,
        ...(info.note ? [`  note       ${info.note}`] : []),
        '',
        'Answers:',
        ...info.commands.map(
          (c) =>
            `  ${String(c.exitCode).padStart(3)}  ${String(c.durationMs).padStart(5)} ms  ${c.bytes} B  ${c.command}`,
        ),
        info.manifest
          ? `  manifest of ${info.manifest.apkPath}${info.manifest.error ? `: could not be read (${info.manifest.error})` : ` (APK ${info.manifest.apkSize} bytes)`}`
          : '  no manifest',
        info.logWindow
          ? `  log window around the restart: ${info.logWindow.lines} lines over ${info.logWindow.elapsedSec.toFixed(1)} s${info.logWindow.timedOut ? ' (waited out the token timeout)' : ''}`
          : '  no log window (the token step did not run)',
      ];
      process.stdout.write(printable(out.join('\n')) + '\n');
      process.exitCode = EXIT_OK;
    });

  group
    .command('diff')
    .description('what changed between two snapshots of one phone: verdicts first, then the answers behind them')
    .argument('<before.pdsnap>')
    .argument('<after.pdsnap>')
    .option('--json', 'print as JSON')
    .action(async (beforeFile: string, afterFile: string, opts: { json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const t = translator(g);
      const d = await diffSnapshots(readSnapshotFile(beforeFile), readSnapshotFile(afterFile));
      if (opts.json)
        return printJson({
          ...d,
          reports: { before: localize(d.reports.before, language(g)), after: localize(d.reports.after, language(g)) },
        });
      const out: string[] = [];
      if (!d.samePhone || !d.samePackage)
        out.push(
          `Note: these are snapshots of ${d.samePhone ? 'the same phone' : `two phones (${d.before.serial}, ${d.after.serial})`}${d.samePackage ? '' : ` and two apps (${d.before.package}, ${d.after.package})`}.`,
          '',
        );
      out.push(
        `Before  ${d.before.capturedAt}  ${d.before.verdict.toUpperCase()}`,
        `After   ${d.after.capturedAt}  ${d.after.verdict.toUpperCase()}`,
        '',
      );
      if (!d.verdicts.length) out.push('No step changed its verdict.');
      else {
        out.push('Verdicts that changed:');
        for (const v of d.verdicts)
          out.push(
            `  ${v.step}: ${v.before} → ${v.after}`,
            `      was: ${t(v.beforeSummary)}`,
            `      now: ${t(v.afterSummary)}`,
          );
      }
      out.push('');
      if (!d.answers.length && !d.manifestChanged && !d.logWindowChanged) out.push('No answer changed.');
      else {
        out.push('Answers that changed:');
        for (const a of d.answers) {
          out.push(
            `  ${a.command} (${a.kind}${a.exitCode ? `, exit ${a.exitCode.before} → ${a.exitCode.after}` : ''}; -${a.removedCount} +${a.addedCount} lines)`,
          );
          for (const l of a.removedLines) out.push(`    - ${l.trim()}`);
          for (const l of a.addedLines) out.push(`    + ${l.trim()}`);
          const more = a.removedCount + a.addedCount - a.removedLines.length - a.addedLines.length;
          if (more > 0) out.push(`    … ${more} more line(s)`);
        }
        if (d.manifestChanged) out.push('  the app manifest changed (another build of the app)');
        if (d.logWindowChanged) out.push("  the app's log lines around the restart changed");
      }
      process.stdout.write(printable(out.join('\n')) + '\n');
      process.exitCode = EXIT_OK;
    });
}
