// The phone's `getprop` dump, both ways: printed as `adb shell getprop` prints it, and read back
// from a dump a customer saved, so that the virtual phone can be built from a real phone's
// properties without the product's parser (src/main/device/props.ts) — the two are checked
// against each other instead of one being the other.
//
// Format (AOSP system/core/toolbox/getprop.cpp, and every capture in device-facts.md §1.2): one
// `[name]: [value]` line per property, sorted by name; a value holding newlines continues on the
// following lines until one ends with `]`.

export function formatGetpropDump(props: Record<string, string>): string {
  return (
    Object.keys(props)
      .sort()
      .map((k) => `[${k}]: [${props[k]}]`)
      .join('\n') + '\n'
  );
}

const LINE = /^\[([^\]]+)\]: \[(.*)$/;

/** Reads a getprop dump; lines that are not properties are skipped (a dump pasted with a prompt). */
export function parseGetpropDump(text: string): Record<string, string> {
  const props: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i]);
    if (!m) continue;
    let value = m[2];
    while (!value.endsWith(']') && i + 1 < lines.length && !LINE.test(lines[i + 1])) value += '\n' + lines[++i];
    // An unclosed value at the end of a truncated dump is dropped rather than guessed.
    if (value.endsWith(']')) props[m[1]] = value.slice(0, -1);
  }
  return props;
}
