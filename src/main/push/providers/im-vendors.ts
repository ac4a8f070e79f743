// What an IM server passes on to each phone vendor: that vendor's own channel id (profile.channels)
// and its message class, from the IM provider's section or else the vendor's own section. One id
// in every vendor field would be wrong for all but one vendor (push-api-audit.md §8, §9).
import type { ProfileContext } from '../sender';
import { vivoClassificationOf, type ProviderConfig } from '../../../shared/profile';
import type { VendorChannel } from '../../../shared/types';

export interface ImVendorFields {
  channels: Partial<Record<VendorChannel, string>>;
  huaweiCategory?: string;
  huaweiImportance: 'LOW' | 'NORMAL';
  honorImportance: 'LOW' | 'NORMAL';
  vivoCategory: string;
  vivoClassification: 0 | 1;
  oppoCategory?: string;
  oppoNotifyLevel?: 1 | 2 | 16;
  oppoPrivateTemplateId?: string;
  meizuNoticeMsgType?: 0 | 1;
}

type ImConfig = Partial<
  Pick<
    ProviderConfig<'tencent-im'>,
    | 'huaweiCategory'
    | 'honorImportance'
    | 'vivoCategory'
    | 'oppoCategory'
    | 'oppoPrivateTemplateId'
    | 'meizuNoticeMsgType'
  >
> &
  Partial<Pick<ProviderConfig<'easemob'>, 'oppoNotifyLevel'>>;

export function imVendorFields(config: ImConfig, ctx: ProfileContext): ImVendorFields {
  const p = ctx.providers ?? {};
  // Tencent's documented example and default: an IM message is a vivo system message (TIM-push).
  const vivoCategory = config.vivoCategory ?? p.vivo?.category ?? (p.vivo?.classification === 0 ? 'MARKETING' : 'IM');
  const oppoCategory = config.oppoCategory ?? p.oppo?.category;
  return {
    channels: { ...(ctx.channels ?? {}) },
    huaweiCategory: config.huaweiCategory ?? p.huawei?.category,
    huaweiImportance: p.huawei?.importance === 'LOW' ? 'LOW' : 'NORMAL',
    honorImportance: config.honorImportance ?? p.honor?.importance ?? 'NORMAL',
    vivoCategory,
    vivoClassification: vivoClassificationOf(vivoCategory) ?? 1,
    oppoCategory,
    oppoNotifyLevel: config.oppoNotifyLevel ?? (oppoCategory ? p.oppo?.notifyLevel : undefined),
    oppoPrivateTemplateId: config.oppoPrivateTemplateId ?? p.oppo?.privateTemplateId,
    meizuNoticeMsgType: config.meizuNoticeMsgType ?? p.meizu?.noticeMsgType,
  };
}
