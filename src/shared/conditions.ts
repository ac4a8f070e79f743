// The conditions `reproduce` can put a phone in: one list for the core (src/main/reproduce, where
// each says how it is set, checked and undone), the CLI and the UI's Reproduce tab.
export const CONDITION_IDS = [
  'background',
  'swiped',
  'force-stopped',
  'doze',
  'light-doze',
  'standby-rare',
  'standby-restricted',
  'background-restricted',
  'battery-saver',
  'data-saver',
  'after-reboot',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

/**
 * Conditions that reboot the phone. They are never in the default list and run only when the
 * user said yes (`--yes`, or the UI's confirmation): a reboot ends every other app's session on
 * the phone and takes a real phone a minute or more.
 */
export const REBOOTING_CONDITIONS: readonly ConditionId[] = ['after-reboot'];

/** What `reproduce` runs when no conditions are named: every one that does not reboot the phone. */
export const DEFAULT_CONDITIONS: readonly ConditionId[] = CONDITION_IDS.filter(
  (c) => !REBOOTING_CONDITIONS.includes(c),
);

/** Whether a condition list (ids or `a+b` combinations) reboots the phone. */
export const rebootsPhone = (ids: readonly string[]): boolean =>
  ids.some((id) => id.split('+').some((p) => (REBOOTING_CONDITIONS as readonly string[]).includes(p.trim())));
