// Settings screens a user (or Push Doctor, through `am start`) can open to fix background and
// notification limits, per ROM family. Components and their exported state come from public
// captures (device-facts.md §6); `exported: false` ones fail from a shell with a SecurityException,
// so the checklist shows them as instructions instead of buttons.
import type { BrandFamily } from '../../shared/types';
import { VENDOR_IDS } from '../../shared/vendors';
import { VENDOR_MODULES } from '../vendors/registry';
import type { SettingsScreen } from '../vendors/types';

export type { SettingsScreen };

/** The standard Android screens, on every phone. */
const ANDROID_SCREENS: SettingsScreen[] = [
  {
    id: 'app-notification-settings',
    action: 'android.settings.APP_NOTIFICATION_SETTINGS',
    exported: true,
    purpose: 'notifications',
    families: 'all',
    minSdk: 26,
  },
  {
    id: 'app-details',
    action: 'android.settings.APPLICATION_DETAILS_SETTINGS',
    exported: true,
    purpose: 'app-details',
    families: 'all',
  },
  {
    id: 'battery-optimization',
    action: 'android.settings.IGNORE_BATTERY_OPTIMIZATION_SETTINGS',
    exported: true,
    purpose: 'battery-optimization',
    families: 'all',
    minSdk: 23,
  },
];

/** The vendors' screens (src/main/vendors/<id>/screens.ts), then Android's. */
export const SETTINGS_SCREENS: SettingsScreen[] = [
  ...VENDOR_IDS.flatMap((v) => VENDOR_MODULES[v].screens),
  ...ANDROID_SCREENS,
];

export function screensFor(family: BrandFamily, sdk: number): SettingsScreen[] {
  return SETTINGS_SCREENS.filter(
    (s) => (s.families === 'all' || s.families.includes(family)) && (s.minSdk === undefined || sdk >= s.minSdk),
  );
}

/** Expands a `pkg/.Cls` short form to `pkg/pkg.Cls`. */
export function fullComponent(component: string): string {
  const [pkg, cls] = component.split('/');
  return `${pkg}/${cls.startsWith('.') ? pkg + cls : cls}`;
}

/** The `am start` arguments that open a screen for a package (as argv, never a shell string). */
export function amStartArgs(screen: SettingsScreen, pkg: string): string[] {
  if (screen.component) {
    const args = ['am', 'start', '-n', screen.component];
    if (screen.purpose === 'permissions') args.push('--es', 'extra_pkgname', pkg);
    return args;
  }
  if (screen.action === 'android.settings.APPLICATION_DETAILS_SETTINGS')
    return ['am', 'start', '-a', screen.action, '-d', `package:${pkg}`];
  if (screen.action === 'android.settings.APP_NOTIFICATION_SETTINGS')
    return ['am', 'start', '-a', screen.action, '--es', 'android.provider.extra.APP_PACKAGE', pkg];
  return ['am', 'start', '-a', screen.action!];
}

const GUIDES = VENDOR_IDS.flatMap((v) => VENDOR_MODULES[v].guides);

/** Whether a family's ROM has its own how-to text of that kind (src/main/vendors/<id>/screens.ts). */
export function hasGuide(family: BrandFamily, kind: 'autostart' | 'notifications'): boolean {
  return GUIDES.some((g) => g.family === family && g[kind]);
}
