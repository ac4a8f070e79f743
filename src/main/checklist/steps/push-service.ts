// device.pushService: the channel's system push service (or Google Play services) is installed,
// enabled and recent enough for the vendor SDK.
import type { StepDefinition, StepOutcome } from '../types';
import { PREMISES } from '../premises';
import type { Text, VendorChannel } from '../../../shared/types';
import { VENDOR_SERVICE_PACKAGES } from '../../device/detect';
import { parsePackageList } from '../../device/info';
import { QUESTIONS } from './questions';

/** Lowest versionCode the vendor SDK accepts, where a source gives one. */
export const MIN_SERVICE_VERSION: Partial<Record<string, { versionCode: number; why: string }>> = {
  // HeyTap SDK: isSupportPush requires the MCS service at versionCode >= 1019 (MCS_SUPPORT_VERSION).
  'com.heytap.mcs': { versionCode: 1019, why: 'HeyTap push SDK minimum (MCS_SUPPORT_VERSION)' },
  'com.coloros.mcs': { versionCode: 1019, why: 'HeyTap push SDK minimum (MCS_SUPPORT_VERSION)' },
  // A common integration rule for HMS push (HMS Core 2.4.1.300 and later).
  'com.huawei.hwid': { versionCode: 20401300, why: 'HMS Core 2.4.1.300, the oldest that serves push tokens' },
};

function installFix(channel: VendorChannel, hasGms: boolean): Text[] {
  const fixes: Text[] = [{ key: `check.pushService.install.${channel}` }];
  if (channel !== 'fcm' && hasGms) fixes.push({ key: 'check.pushService.fallbackFcm' });
  return fixes;
}

export const pushServiceStep: StepDefinition<'device.pushService'> = {
  id: 'device.pushService',
  ...PREMISES['device.pushService'],
  async run(ctx): Promise<StepOutcome<'device.pushService'>> {
    const detection = ctx.state.facts!.detection;
    const channel: VendorChannel = detection.pushChannel === 'none' ? 'fcm' : detection.pushChannel;
    const installed = ctx.state.facts!.packages;
    const disabled = new Set(
      parsePackageList((await ctx.questions.ask(QUESTIONS.disabledPackages)).output).map((p) => p.name),
    );
    const candidates = VENDOR_SERVICE_PACKAGES[channel];
    const found = installed.find((p) => candidates.includes(p.name));
    const hasGms = installed.some((p) => p.name === 'com.google.android.gms');
    const evidence = [
      {
        source: 'pm list packages --show-versioncode',
        excerpt:
          installed
            .filter((p) => [...candidates, 'com.google.android.gms'].includes(p.name))
            .map((p) => `package:${p.name}${p.versionCode !== undefined ? ` versionCode:${p.versionCode}` : ''}`)
            .join('\n') || `(none of ${candidates.join(', ')})`,
      },
    ];
    if (!found)
      return {
        status: 'fail',
        summary: { key: 'check.pushService.missing', params: { channel, packages: candidates.join(', ') } },
        evidence,
        remediation: installFix(channel, hasGms),
        data: { channel, package: null },
      };
    if (disabled.has(found.name))
      return {
        status: 'fail',
        summary: { key: 'check.pushService.disabled', params: { package: found.name } },
        evidence: [...evidence, { source: 'pm list packages -d', excerpt: `package:${found.name}` }],
        remediation: [{ key: 'check.pushService.enableFix', params: { package: found.name } }],
        data: { channel, package: found.name, disabled: true },
      };
    const min = MIN_SERVICE_VERSION[found.name];
    if (min && found.versionCode !== undefined && found.versionCode < min.versionCode)
      return {
        status: 'fail',
        summary: {
          key: 'check.pushService.old',
          params: { package: found.name, version: found.versionCode, min: min.versionCode },
        },
        evidence,
        remediation: [{ key: `check.pushService.update.${channel}` }],
        data: { channel, package: found.name, versionCode: found.versionCode },
      };
    return {
      status: 'pass',
      summary: { key: 'check.pushService.ok', params: { package: found.name, version: found.versionCode ?? '?' } },
      evidence,
      data: { channel, package: found.name, versionCode: found.versionCode },
    };
  },
};
