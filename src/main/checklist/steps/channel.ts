// device.channel: brand, ROM and Android version, and the push channel they imply.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import { parseGetprop } from '../../device/props';
import { detect } from '../../device/detect';
import { parsePackageList } from '../../device/info';
import { QUESTIONS } from './questions';

export const channelStep: StepDefinition<'device.channel'> = {
  id: 'device.channel',
  ...PREMISES['device.channel'],
  async run(ctx): Promise<StepOutcome<'device.channel'>> {
    const [propsOut, pkgsOut] = await Promise.all([
      ctx.questions.ask(QUESTIONS.getprop),
      ctx.questions.ask(QUESTIONS.packages),
    ]);
    const props = parseGetprop(propsOut.output).props;
    const packages = parsePackageList(pkgsOut.output);
    const detection = detect(props, { packages });
    ctx.state.facts = { props, packages, detection };
    const evidence = [
      {
        source: 'getprop',
        excerpt: Object.entries(detection.evidence)
          .map(([k, v]) => `[${k}]: [${v}]`)
          .join('\n'),
      },
    ];
    const params = {
      brand: detection.brand,
      model: detection.model,
      rom: `${detection.rom.name} ${detection.rom.version}`.trim(),
      android: detection.android.release,
      sdk: detection.android.sdk,
      channel: detection.pushChannel,
    };
    if (!Object.keys(props).length)
      return {
        status: 'fail',
        summary: { key: 'check.channel.noProps' },
        evidence: [{ source: 'getprop', excerpt: propsOut.output.slice(0, 500) }],
      };
    // No channel because Google Play services is missing: FCM is what applies by brand, and the
    // push-service step says what is missing.
    if (detection.pushChannel === 'none')
      return {
        status: 'warn',
        summary: { key: 'check.channel.none', params },
        evidence,
        remediation: [{ key: 'check.channel.noneFix' }, ...detection.notes],
        data: { detection },
      };
    const vendorMissing = detection.channelReason.includes('vendor-service-missing');
    return {
      status: vendorMissing ? 'warn' : 'pass',
      summary: { key: 'check.channel.ok', params },
      evidence,
      remediation: detection.notes,
      data: { detection },
    };
  },
};
