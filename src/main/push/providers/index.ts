import type { ProviderName } from '../../../shared/types';
import type { AppProfile } from '../../../shared/profile';
import { BadInputError } from '../../errors';
import type { ProfileContext, Sender, SenderOptions } from '../sender';
import { FcmSender } from '../../vendors/fcm/sender';
import { HuaweiSender } from '../../vendors/huawei/sender';
import { HonorSender } from '../../vendors/honor/sender';
import { XiaomiSender } from '../../vendors/xiaomi/sender';
import { OppoSender } from '../../vendors/oppo/sender';
import { VivoSender } from '../../vendors/vivo/sender';
import { MeizuSender } from '../../vendors/meizu/sender';
import { TencentImSender } from '../../vendors/tencent-im/sender';
import { EasemobSender } from '../../vendors/easemob/sender';

/** A sender for a provider configured in the profile. */
export function createSender(profile: AppProfile, provider: ProviderName, options?: SenderOptions): Sender {
  const p = profile.providers;
  const ctx: ProfileContext = { channels: profile.channels, providers: profile.providers };
  const missing = () =>
    new BadInputError(
      `The profile has no providers.${provider} section.`,
      `Add it with the credentials from the ${provider} console (see README "App profiles").`,
    );
  switch (provider) {
    case 'fcm':
      if (!p.fcm) throw missing();
      return new FcmSender(p.fcm, options, ctx);
    case 'huawei':
      if (!p.huawei) throw missing();
      return new HuaweiSender(p.huawei, options, ctx);
    case 'honor':
      if (!p.honor) throw missing();
      return new HonorSender(p.honor, options, ctx);
    case 'xiaomi':
      if (!p.xiaomi) throw missing();
      return new XiaomiSender(p.xiaomi, options, ctx);
    case 'oppo':
      if (!p.oppo) throw missing();
      return new OppoSender(p.oppo, options, ctx);
    case 'vivo':
      if (!p.vivo) throw missing();
      return new VivoSender(p.vivo, options, ctx);
    case 'meizu':
      if (!p.meizu) throw missing();
      return new MeizuSender(p.meizu, options, ctx);
    case 'tencent-im':
      if (!p['tencent-im']) throw missing();
      return new TencentImSender(p['tencent-im'], options, ctx);
    case 'easemob':
      if (!p.easemob) throw missing();
      return new EasemobSender(p.easemob, options, ctx);
  }
}
