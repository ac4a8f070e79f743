import type { DeviceState, Text } from '../../shared/types';

/** What to tell the user about a phone that is attached but not usable. */
export function hintFor(state: DeviceState, serial: string): Text | undefined {
  switch (state) {
    case 'unauthorized':
      return { key: 'hint.unauthorized' };
    case 'offline':
      return { key: 'hint.offline', params: { serial } };
    case 'no permissions':
      return { key: 'hint.noPermissions' };
    default:
      return undefined;
  }
}
