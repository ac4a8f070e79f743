// Honor's own screens: none captured yet (Huawei's startup screen covers older Honor phones, see
// ../huawei/screens.ts); the standard Android screens apply.
import type { SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [];
