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
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];
