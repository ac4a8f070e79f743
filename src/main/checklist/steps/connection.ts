// adb.connection: the server answers and the phone is online and authorized.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import type { AdbDevice } from '../../adb/kit';
import { normalizeState } from '../../adb/tracker';
import { prefetchFor } from './questions';

export const connectionStep: StepDefinition<'adb.connection'> = {
  id: 'adb.connection',
  ...PREMISES['adb.connection'],
  async run(ctx): Promise<StepOutcome<'adb.connection'>> {
    const snap = ctx.snapshot;
    const version = snap ? snap.adb.serverVersion : await ctx.client.version();
    const list = snap
      ? snap.adb.state === 'missing'
        ? []
        : [{ id: ctx.serial, type: snap.adb.state }]
      : ((await ctx.client.listDevices()) as AdbDevice[]);
    const entry = list.find((d) => d.id === ctx.serial);
    if (ctx.recorder) ctx.recorder.adb = { serverVersion: version, state: entry?.type ?? 'missing' };
    const evidence = [
      {
        source: snap ? `adb server (snapshot of ${snap.capturedAt})` : `adb server ${ctx.server}`,
        excerpt: `protocol version ${version}`,
      },
      { source: 'adb devices', excerpt: list.map((d) => `${d.id}\t${d.type}`).join('\n') || '(no devices)' },
    ];
    if (!entry)
      return {
        status: 'fail',
        summary: { key: 'check.connection.missing', params: { serial: ctx.serial } },
        evidence,
        remediation: [{ key: 'check.connection.missingFix' }],
      };
    const state = normalizeState(entry.type);
    if (state === 'device') {
      // Ask every later question now, in a few round trips, while the steps get going.
      for (const group of prefetchFor(ctx.package)) void ctx.questions.prefetch(group);
    }
    if (state === 'device')
      return {
        status: 'pass',
        summary: { key: 'check.connection.ok', params: { serial: ctx.serial, version } },
        evidence,
      };
    const fix =
      state === 'unauthorized'
        ? 'hint.unauthorized'
        : state === 'offline'
          ? 'hint.offline'
          : state === 'no permissions'
            ? 'hint.noPermissions'
            : 'check.connection.otherFix';
    return {
      status: 'fail',
      summary: { key: 'check.connection.state', params: { serial: ctx.serial, state } },
      evidence,
      remediation: [{ key: fix, params: { serial: ctx.serial } }],
    };
  },
};
