import type { Command } from 'commander';
import { globals, printJson, readTextFile, translator } from '../context';
import { usageError } from '../errors';
import { mergeBuildProps, parseProps, type ParsedProps } from '../../main/device/props';
import { detect, missingEssentials } from '../../main/device/detect';
import { parsePackageList } from '../../main/device/package-list';

export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description("decide brand, ROM, Android version and push channel from a phone's property dump")
    .requiredOption(
      '--props <files...>',
      '`adb shell getprop` output, or build.prop text (several: system, vendor, product, odm build.prop files of one ROM)',
    )
    .option('--packages <file>', '`adb shell pm list packages` output, to refine the channel')
    .option('--json', 'print JSON')
    .action((opts: { props: string[] | string; packages?: string; json?: boolean }, cmd: Command) => {
      const t = translator(globals(cmd));
      const files = Array.isArray(opts.props) ? opts.props : [opts.props];
      const each: ParsedProps[] = files.map((file) => {
        const p = parseProps(readTextFile(file, 'the props file'));
        if (p.format === 'empty')
          throw usageError(
            `${file} holds no properties${p.badSamples.length ? ` (it starts with "${p.badSamples[0]}")` : ' (it is empty)'}.`,
            'Save one with `adb shell getprop > props.txt` (lines like [ro.product.brand]: [Xiaomi]) or give a build.prop (key=value).',
          );
        return p;
      });
      // Several build.prop files of one ROM: merged as init loads them (system, system_ext, vendor, odm, product).
      const parsed = {
        props: mergeBuildProps(each.map((p) => p.props)),
        badLines: each.reduce((n, p) => n + p.badLines, 0),
      };
      const label = files.join(', ');
      const missing = missingEssentials(parsed.props);
      // Without brand and manufacturer (and their partition copies) there is nothing to detect from,
      // and a dump that lacks an essential key and ends in an unreadable line was cut short. A clean
      // dump that only lacks the model (or the release) is detected, with a note.
      if (
        (missing.includes('ro.product.brand') && missing.includes('ro.product.manufacturer')) ||
        (missing.length && parsed.badLines)
      )
        throw usageError(
          `${label} lacks ${missing.join(', ')}${parsed.badLines ? `, and ${parsed.badLines} line(s) could not be read` : ''}: it looks truncated or is not a full property dump.`,
          'Save the whole output of `adb shell getprop` again, or give every build.prop of the ROM (system, vendor, product, odm).',
        );
      let packages;
      if (opts.packages) {
        packages = parsePackageList(readTextFile(opts.packages, 'the packages file'));
        if (!packages.length)
          throw usageError(
            `${opts.packages} holds no "package:" lines.`,
            'Save one with `adb shell pm list packages > packages.txt`.',
          );
      }
      const d = detect(parsed.props, { packages });
      const notes = d.notes.map((n) => t(n));
      const unset = missing.filter((k) => k !== 'ro.product.model');
      if (unset.length) notes.push(`${unset.join(', ')} missing from ${label}: detected from the other properties.`);
      if (opts.json) {
        printJson({
          brand: d.brand,
          manufacturer: d.manufacturer,
          model: d.model,
          device: d.device,
          brandFamily: d.brandFamily,
          rom: d.rom,
          android: d.android,
          pushChannel: d.pushChannel,
          channelReason: d.channelReason,
          formFactor: d.formFactor,
          evidence: d.evidence,
          notes,
        });
        return;
      }
      const lines = [
        `Phone:        ${d.brand} ${d.model} (manufacturer ${d.manufacturer}, family ${d.brandFamily}${d.formFactor !== 'phone' ? `, ${d.formFactor}` : ''})`,
        `ROM:          ${d.rom.name} ${d.rom.version}`.trimEnd(),
        `Android:      ${d.android.release} (API ${d.android.sdk})`,
        `Push channel: ${d.pushChannel}${d.pushChannel === 'none' ? ' (no push service can deliver while the app is killed)' : ''}`,
        'Evidence:',
        ...Object.entries(d.evidence).map(([k, v]) => `  ${k} = ${v}`),
        ...(notes.length ? ['Notes:', ...notes.map((n) => `  - ${n}`)] : []),
      ];
      if (parsed.badLines) lines.push(`(${parsed.badLines} line(s) of the dump could not be read and were skipped)`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
