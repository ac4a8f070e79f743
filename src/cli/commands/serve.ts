import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { globals, secretInput } from '../context';
import { hubFrom } from '../hub';
import { usageError } from '../errors';
import { startServe } from '../serve/server';
import { installProcessGuard } from '../serve/guard';
import { writeUnredacted } from '../terminal';
import { PushDoctorService } from '../../main/service';
import { FileProfileStore, defaultProfileDir } from '../../main/profiles/store';
import { RunHistory } from '../../main/history/store';
import { startLab, type Lab } from '../lab';
import { PROFILE_NAMES } from '../../sim/profiles';

interface ServeOptions {
  history?: string;
  keepRuns?: string;
  host: string;
  port?: string;
  allowRemote?: boolean;
  token?: string;
  tokenFile?: string;
  sim?: boolean;
  simProfile?: string[];
  profiles?: string;
}

/** The built renderer, next to the bundled CLI (out/cli → out/renderer). */
export function rendererDir(): string {
  if (process.env.PUSH_DOCTOR_RENDERER) return process.env.PUSH_DOCTOR_RENDERER;
  // out/renderer beside out/cli; this module may sit in out/cli or in one of its chunk folders.
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'renderer'), join(here, '..', '..', 'renderer')];
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[0];
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('open the Push Doctor UI in a browser (with a virtual phone when none is attached)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (default: a free one)')
    .option('--allow-remote', 'allow a non-loopback --host (the access token still guards it)')
    .option(
      '--token <token>',
      'use this access token instead of a random one (16+ characters); also $PUSH_DOCTOR_SERVE_TOKEN',
    )
    .option('--token-file <file>', 'read the access token from this file (first line) instead of the command line')
    .option('--no-sim', 'do not start a virtual phone when no phone is attached')
    .option(
      '--sim-profile <name>',
      `virtual phones to start (repeatable; default xiaomi-hyperos): ${PROFILE_NAMES.join(', ')}`,
      (v: string, p: string[] = []) => [...p, v],
    )
    .option('--profiles <dir>', 'folder of app profiles (default ~/.config/push-doctor/profiles)')
    .option('--history <dir>', 'folder of finished runs (default: beside the profiles, …/push-doctor/history)')
    .option('--keep-runs <n>', 'finished runs kept in the history, newest first (default 50)')
    .action(async (opts: ServeOptions, cmd: Command) => {
      // One failed run, or one bad client, must never end the server (the CLI entry installs
      // this too; here it also holds when `serve` is started some other way).
      installProcessGuard();
      const g = globals(cmd);
      opts.token = secretInput({
        value: opts.token,
        file: opts.tokenFile,
        flag: '--token',
        env: 'PUSH_DOCTOR_SERVE_TOKEN',
      });
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535))
        throw usageError(`--port must be 1-65535, not "${opts.port}".`);
      for (const p of opts.simProfile ?? [])
        if (!PROFILE_NAMES.includes(p))
          throw usageError(`Unknown --sim-profile "${p}".`, `Profiles: ${PROFILE_NAMES.join(', ')}.`);
      const hub = hubFrom(g);
      const profileDir = opts.profiles ?? defaultProfileDir();
      const profiles = new FileProfileStore(profileDir);
      const keep = opts.keepRuns === undefined ? 50 : Number(opts.keepRuns);
      if (!Number.isInteger(keep) || keep < 1 || keep > 10_000)
        throw usageError(`--keep-runs must be 1-10000, not "${opts.keepRuns}".`);
      const history = new RunHistory(opts.history ?? join(dirname(profileDir), 'history'), keep);
      const service = new PushDoctorService({
        front: 'serve',
        hub,
        profiles,
        history,
        // A private home (tests, a second instance) keeps its reproduce state files there too.
        ...(process.env.PUSH_DOCTOR_HOME ? { reproduceStateDir: join(process.env.PUSH_DOCTOR_HOME, 'state') } : {}),
      });
      let lab: Lab | null = null;
      const { devices } = await hub.listOnce();
      if (opts.sim !== false && (opts.simProfile?.length || !devices.some((d) => d.state === 'device'))) {
        lab = await startLab({
          adbServer: hub.servers[0],
          profiles: opts.simProfile?.length ? opts.simProfile : ['xiaomi-hyperos'],
          standins: true,
        });
        // The lab's profile points at the local push stand-ins; the UI lists it like any other.
        await profiles.save('virtual-lab', lab.appProfile as unknown as Record<string, unknown>);
        process.stderr.write(
          `No phone attached: started ${lab.devices.map((d) => `${d.phone.profile.title} (${d.serial})`).join(', ')} with local push stand-ins (app profile "virtual-lab").\n`,
        );
      }
      service.start();
      const handle = await startServe({
        api: service,
        subscribe: (l) => service.onEvent(l),
        staticDir: rendererDir(),
        host: opts.host,
        port,
        allowRemote: opts.allowRemote,
        token: opts.token,
      });
      // The URL carries the access token: the one line printed in clear, since the user must open it.
      writeUnredacted(process.stdout, `Push Doctor is ready: open ${handle.url}\n`);
      process.stderr.write('Ctrl-C stops.\n');
      await new Promise<void>((r) => {
        process.once('SIGINT', r);
        process.once('SIGTERM', r);
      });
      await handle.close();
      service.stop();
      await lab?.stop();
    });
}
