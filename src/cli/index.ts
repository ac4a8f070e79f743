import { Command, CommanderError } from 'commander';
import { CliError, EXIT_FAILED, EXIT_USAGE } from './errors';
import { UserError } from '../main/errors';
import { registerCommands } from './commands';
import { VERSION } from '../main/version';
import { installProcessGuard } from './serve/guard';
import { installOutputGuard } from './terminal';

/** The program with the commands `args` (argv without node and the script) needs. */
export async function buildProgram(args: string[] = []): Promise<Command> {
  const program = new Command('push-doctor')
    .description('Finds out why an Android phone misses offline push notifications, and proves the fix.')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
  await registerCommands(program, args);
  return program;
}

/** Runs the CLI and returns its exit code (never throws, never exits the process itself). */
export async function main(argv: string[]): Promise<number> {
  // An error that escapes a run (a promise nobody awaited) is reported, redacted, instead of
  // ending the process with a stack trace and no report.
  installProcessGuard();
  // Secrets redacted and terminal control sequences stripped from everything printed.
  installOutputGuard();
  const program = await buildProgram(argv.slice(2));
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    return report(err);
  }
}

function report(err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version exit with 0; commander already printed the usage problem.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.exitCode === 0) return 0;
    return EXIT_USAGE;
  }
  if (err instanceof CliError || err instanceof UserError) {
    process.stderr.write(`push-doctor: ${err.message}\n`);
    if (err.hint) process.stderr.write(`  ${err.hint}\n`);
    return err.exitCode;
  }
  const e = err as Error;
  process.stderr.write(`push-doctor: unexpected error: ${e?.message ?? String(err)}\n`);
  if (process.env.PUSH_DOCTOR_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  else process.stderr.write('  Run again with PUSH_DOCTOR_DEBUG=1 for details, and report it if it persists.\n');
  return EXIT_FAILED;
}
