import type { Command } from 'commander';
import { addGlobalOptions } from '../context';

type Register = (program: Command) => void;

// Each command lives in its own module, loaded only when it runs: the bundle is split per command,
// so `--version` or `detect` does not pay for the adb client, the HTTP server or the push senders.
const COMMANDS: Record<string, () => Promise<Register>> = {
  devices: async () => (await import('./devices')).registerDevices,
  detect: async () => (await import('./detect')).registerDetect,
  sim: async () => (await import('./sim')).registerSim,
  diagnose: async () => (await import('./diagnose')).registerDiagnose,
  reproduce: async () => (await import('./reproduce')).registerReproduce,
  watch: async () => (await import('./watch')).registerWatch,
  tokens: async () => (await import('./tokens')).registerTokens,
  push: async () => (await import('./push')).registerPush,
  serve: async () => (await import('./serve')).registerServe,
  manifest: async () => (await import('./manifest')).registerManifest,
  capture: async () => (await import('./capture')).registerCapture,
  snapshot: async () => (await import('./snapshot')).registerSnapshot,
};

/** Global options that take a value: their value is not a command name. */
const VALUE_OPTIONS = new Set(['--adb', '--adb-host', '--adb-port', '--adb-path', '--lang']);

/** The command the arguments name (after the global options), or undefined. */
export function commandName(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return args[i + 1];
    if (!a.startsWith('-')) return a;
    if (VALUE_OPTIONS.has(a)) i++;
  }
  return undefined;
}

/**
 * Adds the commands `args` (process.argv without node and the script) needs: the one it names, or
 * none for a bare `--version`, or all of them for help and for an unknown name (so that commander
 * lists them and suggests the nearest).
 */
export async function registerCommands(program: Command, args: string[] = []): Promise<void> {
  addGlobalOptions(program);
  const name = commandName(args);
  const versionOnly = name === undefined && args.some((a) => a === '-V' || a === '--version');
  const names = name !== undefined && name in COMMANDS ? [name] : versionOnly ? [] : Object.keys(COMMANDS);
  for (const register of await Promise.all(names.map((n) => COMMANDS[n]()))) register(program);
}
