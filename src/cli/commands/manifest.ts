import type { Command } from 'commander';
import { globals, printJson, translator } from '../context';
import { usageError, EXIT_FAILED } from '../errors';
import { readManifest } from '../../main/apk/manifest';
import { checkManifest, integratedChannels, type Finding } from '../../main/apk/rules';
import { checkClickAction } from '../../main/apk/click-through';
import type { VendorChannel } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';

const CHANNELS: readonly VendorChannel[] = VENDOR_IDS;

interface ManifestOptions {
  apk: string;
  channel?: string;
  clickUri?: string;
  json?: boolean;
}

export function registerManifest(program: Command): void {
  program
    .command('manifest')
    .description("check an APK's manifest for what a push channel needs (offline), and a click-through target")
    .requiredOption('--apk <file>', 'the APK file')
    .option(
      '--channel <name>',
      `check for this channel only: ${CHANNELS.join(', ')} (default: every channel the app integrates)`,
    )
    .option(
      '--click-uri <uri>',
      'check a notification tap target: an intent URI, an activity class name, or an http(s) URL',
    )
    .option('--json', 'print JSON')
    .action(async (opts: ManifestOptions, cmd: Command) => {
      const t = translator(globals(cmd));
      if (opts.channel && !CHANNELS.includes(opts.channel as VendorChannel))
        throw usageError(`--channel must be one of ${CHANNELS.join(', ')}, not "${opts.channel}".`);
      const model = await readManifest(opts.apk);
      const checks = checkManifest(model, opts.channel as VendorChannel | undefined);
      let click: { findings: Finding[]; target?: string } | undefined;
      if (opts.clickUri !== undefined) {
        const value = opts.clickUri.trim();
        const type = /^https?:\/\//i.test(value) ? 'url' : 'activity';
        const vendor =
          (opts.channel as VendorChannel | undefined) ??
          (value.startsWith('intent:') || value.includes('://') ? 'huawei' : 'oppo');
        const r = checkClickAction(model, vendor, { type, value });
        click = { findings: r.findings, target: r.target?.name };
      }
      const all = [...checks.flatMap((c) => c.findings), ...(click?.findings ?? [])];
      const failed = all.some((f) => f.severity === 'fail');
      if (opts.json) {
        const out = (f: Finding) => ({
          severity: f.severity,
          code: f.code,
          message: t(f.message),
          fix: f.fix ?? null,
          where: f.where ?? null,
        });
        printJson({
          package: model.package,
          versionCode: model.versionCode ?? null,
          targetSdk: model.targetSdk ?? null,
          channels: integratedChannels(model),
          checks: checks.map((c) => ({
            channel: c.channel,
            status: c.status,
            sdkVersion: c.sdkVersion ?? null,
            findings: c.findings.map(out),
          })),
          clickThrough: click ? { target: click.target ?? null, findings: click.findings.map(out) } : undefined,
        });
      } else {
        process.stdout.write(
          `${model.package} ${model.versionName ?? ''} (versionCode ${model.versionCode ?? '?'}, targetSdk ${model.targetSdk ?? '?'}); integrates: ${integratedChannels(model).join(', ') || 'no push channel'}\n`,
        );
        const print = (label: string, findings: Finding[]) => {
          process.stdout.write(`\n${label}: ${findings.length ? `${findings.length} finding(s)` : 'OK'}\n`);
          for (const f of findings) {
            process.stdout.write(`  ${f.severity.toUpperCase().padEnd(4)} ${t(f.message)}\n`);
            if (f.fix) process.stdout.write(`       fix${f.where ? ` (${f.where})` : ''}: ${f.fix}\n`);
          }
        };
        for (const c of checks)
          print(
            c.channel === 'common'
              ? 'General'
              : `${c.channel} push${c.sdkVersion ? ` (SDK ${c.sdkVersion})` : ''}, ${t({ key: `manifest.status.${c.status}` })}`,
            c.findings,
          );
        if (click) print(`Tap target${click.target ? ` → ${click.target}` : ''}`, click.findings);
      }
      if (failed) process.exitCode = EXIT_FAILED;
    });
}
