import type { Command } from 'commander';
import { globals, printJson, table, translator } from '../context';
import { hubFrom } from '../hub';
import { jobError } from '../errors';
import { printable } from '../progress';
import { readDeviceFacts } from '../../main/device/info';
import { hintFor } from '../../main/device/hints';
import { marketName } from '../../main/device/market-name';
import type { DeviceSummary } from '../../shared/types';
import type { AdbHub } from '../../main/adb/hub';

async function summaries(
  hub: AdbHub,
): Promise<{ devices: DeviceSummary[]; errors: { server: string; error: Error }[] }> {
  const { devices, errors } = await hub.listOnce();
  const out = await Promise.all(
    devices.map(async (d): Promise<DeviceSummary> => {
      const base: DeviceSummary = {
        serial: d.serial,
        server: d.server,
        state: d.state,
        hint: hintFor(d.state, d.serial),
      };
      if (d.state !== 'device') return base;
      try {
        const facts = await readDeviceFacts(hub.server(d.server)!.client, d.serial, { timeoutMs: 10_000 });
        const det = facts.detection;
        return {
          ...base,
          brand: det.brand,
          model: det.model,
          marketName: marketName(det.model),
          virtual: facts.props['ro.pushdoctor.virtual'] === '1',
          brandFamily: det.brandFamily,
          rom: det.rom,
          android: det.android,
          pushChannel: det.pushChannel,
        };
      } catch (err) {
        return { ...base, hint: { key: 'hint.readFailed', params: { message: (err as Error).message } } };
      }
    }),
  );
  return { devices: out, errors };
}

export function registerDevices(program: Command): void {
  program
    .command('devices')
    .description('list the phones on the adb server(s) with brand, ROM and push channel')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const hub = hubFrom(g);
      const { devices, errors } = await summaries(hub);
      // Every server down: one error (with its hint) is the whole answer.
      if (errors.length && errors.length === hub.servers.length && errors.length === 1) throw errors[0].error;
      for (const e of errors)
        process.stderr.write(
          `push-doctor: ${e.error.message}${(e.error as { hint?: string }).hint ? `\n  ${(e.error as { hint?: string }).hint}` : ''}\n`,
        );
      if (errors.length === hub.servers.length) throw jobError('No adb server answered.');
      if (opts.json) {
        printJson(
          devices.map((d) => ({
            serial: d.serial,
            server: d.server,
            state: d.state,
            virtual: d.virtual ?? false,
            brand: d.brand ?? null,
            model: d.model ?? null,
            marketName: d.marketName ?? null,
            brandFamily: d.brandFamily ?? null,
            rom: d.rom ?? null,
            android: d.android ?? null,
            pushChannel: d.pushChannel ?? null,
          })),
        );
        return;
      }
      const t = translator(g);
      if (!devices.length) {
        process.stdout.write(
          'No phones attached. Plug one in with USB debugging on, `adb connect HOST:PORT` a network phone, or start a virtual one with `push-doctor sim --connect`.\n',
        );
        return;
      }
      // Brand, ROM, channel and server for every phone: what decides the checklist, at a glance.
      const rows = [['SERIAL', 'STATE', 'BRAND', 'MODEL', 'ROM', 'ANDROID', 'CHANNEL', 'SERVER']];
      for (const d of devices)
        rows.push(
          [
            d.virtual ? `${d.serial} (virtual)` : d.serial,
            d.state,
            d.brand ?? '-',
            d.marketName ? `${d.marketName} (${d.model})` : (d.model ?? '-'),
            d.rom ? `${d.rom.name} ${d.rom.version}`.trim() : '-',
            d.android?.release ?? '-',
            d.pushChannel ?? '-',
            d.server,
          ].map(printable),
        );
      process.stdout.write(table(rows));
      for (const d of devices) if (d.hint) process.stdout.write(printable(`\n${d.serial}: ${t(d.hint)}`) + '\n');
    });
}
