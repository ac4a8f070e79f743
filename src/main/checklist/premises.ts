// Which step needs which: the one table the engine reads to order the checklist and to decide
// that a step is pointless before it spends any time on the phone.
//
// - `needs`: a premise that failed (or was itself blocked) makes this step `skip` at once,
//   "blocked by: <the root cause>". The step never starts, so it never waits on anything. A run
//   of a few steps (`--steps`) brings these along.
// - `blockedBy`: the same rule for steps that are not brought along: when they are part of the
//   run, this one waits for them and is blocked by their failure.
// - `follows`: this step is only blocked when that one was blocked (not when it merely failed):
//   the vendor-rules step still explains a delivery that failed, but has nothing to say about a
//   delivery that never happened because the token was missing.
// - `after`: ordering only (restarting the app changes what other steps read); the outcome does
//   not matter.
// - `live`: the step acts on the phone itself (test pushes, taps); a run on a snapshot skips it
//   with "needs the live phone". Everything else runs on a snapshot as it runs on the phone.
import type { StepId } from '../../shared/types';

export interface Premise {
  needs: StepId[];
  blockedBy?: StepId[];
  follows?: StepId[];
  after?: StepId[];
  /** The step acts on the live phone (sends pushes, taps): a run on a snapshot skips it. */
  live?: boolean;
}

export const PREMISES: Record<StepId, Premise> = {
  'adb.connection': { needs: [] },
  'device.channel': { needs: ['adb.connection'] },
  'device.pushService': { needs: ['device.channel'] },
  'app.installed': { needs: ['adb.connection'] },
  'app.manifest': { needs: ['app.installed', 'device.channel'] },
  // The tap test needs a notification on screen: with notifications off it would only wait.
  'app.clickThrough': {
    live: true,
    needs: ['app.installed', 'device.channel'],
    after: ['app.manifest', 'app.notifications', 'push.token', 'push.tokenReported'],
  },
  'app.notifications': { needs: ['app.installed', 'device.channel'] },
  'device.power': { needs: ['app.installed', 'device.channel'] },
  'push.token': {
    needs: ['app.installed', 'device.channel'],
    after: ['app.manifest', 'app.notifications', 'device.power', 'device.pushService'],
  },
  'push.tokenReported': { needs: ['push.token'] },
  // A test push cannot show while any of these is broken: the delivery step would only wait out
  // its timeout and then blame the push service.
  'push.delivery': {
    live: true,
    needs: ['app.installed', 'device.channel'],
    blockedBy: ['device.pushService', 'app.manifest', 'app.notifications', 'push.token', 'push.tokenReported'],
    after: ['device.power', 'app.clickThrough'],
  },
  // It explains the delivery's outcome, so without the live phone it has nothing to explain.
  'push.vendorPolicy': { live: true, needs: ['device.channel'], follows: ['push.delivery'], after: ['push.delivery'] },
};

/** The premise of a step as the engine reads it (the steps' definitions spread this). */
export const premiseOf = (id: StepId): Premise => PREMISES[id];
