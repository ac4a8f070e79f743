// Meizu (Flyme) push RegisterStatus codes; the SDK reports success as code 200.
import type { CodeTable } from '../../logs/code-table';

export const MEIZU_CODES: CodeTable = {
  // xxgail/MZPushSDK error_code.go (server codes the client status carries too): 110000 appId illegal, 110001 appKey illegal.
  '110000': {
    key: 'logs.code.meizu.c110000',
    confirmed: false,
    source: 'xxgail/MZPushSDK error_code.go; Tencent TPNS guide',
  },
  '110001': { key: 'logs.code.meizu.c110001', confirmed: false, source: 'xxgail/MZPushSDK error_code.go' },
  '110009': { key: 'logs.code.meizu.c110009', confirmed: false, source: 'xxgail/MZPushSDK error_code.go' },
};
