import type { Command } from 'commander';
import { addGlobalOptions } from '../context';
import { registerDevices } from './devices';
import { registerDetect } from './detect';
import { registerSim } from './sim';
import { registerDiagnose } from './diagnose';
import { registerTokens } from './tokens';
import { registerPush } from './push';
import { registerServe } from './serve';
import { registerManifest } from './manifest';

/** Each command lives in its own module and adds itself here. */
export function registerCommands(program: Command): void {
  addGlobalOptions(program);
  registerDevices(program);
  registerDetect(program);
  registerSim(program);
  registerDiagnose(program);
  registerTokens(program);
  registerPush(program);
  registerServe(program);
  registerManifest(program);
}
