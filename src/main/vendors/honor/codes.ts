// Honor push SDK codes.
import type { CodeTable } from '../../logs/code-table';

export const HONOR_CODES: CodeTable = {
  // Tencent TPNS vendor-registration guide lists Honor 8001000; Honor's page was not reachable.
  '8001000': {
    key: 'logs.code.honor.c8001000',
    confirmed: false,
    source: 'Tencent TPNS troubleshooting page (second-hand)',
  },
};
