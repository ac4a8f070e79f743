import type { Command } from 'commander';
import { globals, printJson, translator } from '../context';
import { usageError, EXIT_FAILED } from '../errors';
import { scanLogFile, scanStream, type ScanFinding, type ScanResult } from '../../main/logs/scanner';
import { checkTokenShape, guessVendor, maskToken } from '../../main/logs/token-shape';
import { codeInfo, codeMeaning } from '../../main/logs/codes';
import { maskLine } from '../../main/logs/mask';
import { MAX_DISTINCT_PER_KIND } from '../../main/logs/scanner';
import type { Text } from '../../shared/types';
import { checkPackageName, checkSerial } from '../../shared/validate';
import { registerSecret } from '../../main/secrets';

interface TokensOptions {
  log?: string;
  serial?: string;
  package?: string;
  restart?: boolean;
  timeout?: string;
  json?: boolean;
  reveal?: boolean;
}

function describe(f: ScanFinding, reveal: boolean, t: (text: Text) => string) {
  const vendor = f.vendor ?? (f.kind === 'token' && f.value ? guessVendor(f.value) : undefined);
  const isToken = f.kind === 'token' && !!f.value;
  const shown = isToken && !reveal ? maskToken(f.value!) : f.value;
  const isError = f.kind === 'register-error' || f.kind === 'report-error';
  const code = isError ? codeInfo(f) : undefined;
  return {
    kind: f.kind,
    vendor: vendor ?? null,
    sdk: f.sdk,
    value: shown ?? null,
    shapeOk: isToken ? checkTokenShape(vendor, f.value!).ok : undefined,
    event: f.event,
    description: f.description,
    code: code?.code || undefined,
    meaning: isError ? t(codeMeaning(f)) : undefined,
    meaningConfirmed: code ? (code.info?.confirmed ?? null) : undefined,
    meaningSource: code?.info?.source,
    lineNumber: f.lineNumber,
    count: f.count ?? 1,
    time: f.time,
    line: reveal ? f.line : maskLine(f.line, isToken ? f.value : undefined),
  };
}

export function registerTokens(program: Command): void {
  program
    .command('tokens')
    .description('find push tokens, token reports and push events in a saved log, or live on a phone')
    .option(
      '--log <file>',
      'a saved `adb logcat` (threadtime, brief, time…), Android Studio export, .gz, or bugreport .zip/.txt',
    )
    .option('--serial <serial>', 'read live from this phone instead')
    .option('--package <package>', "keep to this app's process (needed with --serial)")
    .option('--restart', 'with --serial: restart the app and watch it register (else read the current log buffer)')
    .option('--timeout <seconds>', 'with --restart: how long to wait for the token (default 20)')
    .option('--json', 'print JSON')
    .option('--reveal', 'print tokens in clear (masked by default)')
    .action(async (opts: TokensOptions, cmd: Command) => {
      const t = translator(globals(cmd));
      if (!!opts.log === !!opts.serial) throw usageError('Give either --log FILE or --serial SERIAL.');
      if (opts.package !== undefined) {
        const c = checkPackageName(opts.package);
        if (!c.ok) throw usageError(`--package: ${c.reason}.`);
      }
      let result:
        | ScanResult
        | {
            findings: ScanFinding[];
            lines: number;
            format: string;
            unplaced?: number;
            dropped?: ScanResult['dropped'];
          };
      let source: string;
      if (opts.log) {
        source = opts.log;
        result = await scanLogFile(opts.log, { package: opts.package });
      } else {
        const s = checkSerial(opts.serial);
        if (!s.ok) throw usageError(`--serial: ${s.reason}.`);
        if (!opts.package) throw usageError('--package is required with --serial.');
        const timeout = opts.timeout === undefined ? 20 : Number(opts.timeout);
        if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600)
          throw usageError(`--timeout must be 1-600 seconds, not "${opts.timeout}".`);
        // Live capture only: a saved log never loads the adb client.
        const [{ hubFrom }, { captureStart }, { shellStream }] = await Promise.all([
          import('../hub'),
          import('../../main/checklist/steps/token'),
          import('../../main/adb/shell'),
        ]);
        const hub = hubFrom(globals(cmd));
        const { server } = await hub.locate(opts.serial!);
        source = `logcat of ${opts.serial}`;
        if (opts.restart) {
          const cap = await captureStart(
            {
              client: server.client,
              serial: opts.serial!,
              package: opts.package,
              signal: new AbortController().signal,
              profile: undefined,
            },
            timeout * 1000,
          );
          result = { findings: cap.findings, lines: cap.lines, format: 'threadtime' };
        } else {
          const stream = await shellStream(server.client, opts.serial!, ['logcat', '-d', '-v', 'threadtime', '*:V']);
          result = await scanStream(stream, { format: 'threadtime', package: opts.package, source });
        }
      }
      // --reveal: the user asked to see the tokens, so the output guard lets them through.
      if (!opts.reveal) for (const f of result.findings) if (f.kind === 'token' && f.value) registerSecret(f.value);
      const findings = result.findings.map((f) => describe(f, !!opts.reveal, t));
      const tokens = findings.filter((f) => f.kind === 'token' && f.value);
      const unplaced = result.unplaced ?? 0;
      const dropped = result.dropped ?? {};
      if (opts.json) printJson({ source, format: result.format, lines: result.lines, unplaced, dropped, findings });
      else {
        process.stdout.write(
          `${source}: ${result.lines} lines (${result.format}), ${tokens.length} token line(s), ${findings.length - tokens.length} other push line(s)\n`,
        );
        for (const f of findings) {
          const where = `line ${f.lineNumber}${f.time ? ` (${f.time})` : ''}${f.count > 1 ? `, ${t({ key: 'logs.scan.repeated', params: { count: f.count } })}` : ''}`;
          if (f.kind === 'token' && f.value)
            process.stdout.write(
              `  TOKEN   ${f.vendor ?? '?'}  ${f.value}  ${f.sdk}, ${where}${f.shapeOk === false ? '  (unusual shape)' : ''}\n`,
            );
          else if (f.kind === 'report-ok') process.stdout.write(`  REPORT  ok  ${f.sdk}, ${where}\n`);
          else if (f.kind === 'report-error' || f.kind === 'register-error')
            process.stdout.write(`  ERROR   ${f.vendor ?? f.sdk}  ${f.meaning}  ${f.sdk}, ${where}\n`);
          else process.stdout.write(`  EVENT   ${f.event ?? f.kind}  ${f.value ?? ''}  ${where}\n`);
        }
        if (unplaced) process.stdout.write(`${t({ key: 'logs.scan.unplaced', params: { count: unplaced } })}\n`);
        for (const [kind, count] of Object.entries(dropped))
          process.stdout.write(
            `${t({ key: 'logs.scan.dropped', params: { count: count ?? 0, kind, max: MAX_DISTINCT_PER_KIND } })}\n`,
          );
        if (!tokens.length)
          process.stdout.write(
            'No push token found. Tokens are logged at Debug level by most SDKs; save the log with `adb logcat -d -v threadtime *:V`.\n',
          );
      }
      if (!tokens.length) process.exitCode = EXIT_FAILED;
    });
}
