// Every IM service the product knows, one line each (the order of src/shared/vendors.ts IM_IDS).
// Apart from ./registry.ts because their log lines name vendor channels through ./type-names.ts,
// which reads that registry.
import type { ImId } from '../../shared/vendors';
import type { ImModule } from './types';
import { tencentIm } from './tencent-im';
import { easemob } from './easemob';

export const IM_MODULES: Record<ImId, ImModule> = { 'tencent-im': tencentIm, easemob };
