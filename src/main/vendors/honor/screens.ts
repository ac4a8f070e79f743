// Honor's own screens: none captured yet (Huawei's startup screen covers older Honor phones, see
// ../huawei/screens.ts); the standard Android screens apply.
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'honor', autostart: true, notifications: true }];
