// The architecture rules are enforced by ESLint (eslint.config.js), not by goodwill: each case
// lints a small file placed (virtually) in one layer and expects the rule that forbids its import.
// A control case per layer shows that an allowed import passes, so the errors are not noise.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('architecture rules (eslint.config.js)', () => {
  it.each<[string, string, string, RegExp]>([
    [
      'the virtual phone importing the product',
      'src/sim/phone/virtual.ts',
      "import { detect } from '../../main/device/detect';\nexport const d = detect;\n",
      /boundaries\/dependencies: src\/sim .*independent witness/,
    ],
    [
      'the virtual phone importing a product type',
      'src/sim/virtual.ts',
      "import type { AdbServer } from '../main/adb/server';\nexport type A = AdbServer;\n",
      /boundaries\/dependencies/,
    ],
    [
      'a stand-in importing a sender',
      'src/sim/standins/virtual.ts',
      "import { oppoSign } from '../../main/vendors/oppo/sender';\nexport const s = oppoSign;\n",
      /boundaries\/dependencies/,
    ],
    [
      'the virtual phone importing the CLI',
      'src/sim/virtual.ts',
      "import { startLab } from '../cli/lab';\nexport const s = startLab;\n",
      /boundaries\/dependencies/,
    ],
    [
      'shared importing the product',
      'src/shared/virtual.ts',
      "import { UserError } from '../main/errors';\nexport const e = UserError;\n",
      /boundaries\/dependencies: src\/shared imports nothing outside/,
    ],
    [
      'shared importing the virtual phone',
      'src/shared/virtual.ts',
      "import { FAULTS } from '../sim/phone/faults';\nexport const f = FAULTS;\n",
      /boundaries\/dependencies/,
    ],
    [
      'shared importing a Node builtin',
      'src/shared/virtual.ts',
      "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
      /no-restricted-imports: .*no Node builtins/,
    ],
    [
      'shared importing a Node builtin without the node: prefix',
      'src/shared/virtual.ts',
      "import { readFileSync } from 'fs';\nexport const r = readFileSync;\n",
      /no-restricted-imports/,
    ],
    [
      'the renderer importing the core',
      'src/renderer/src/virtual.ts',
      "import { detect } from '../../main/device/detect';\nexport const d = detect;\n",
      /boundaries\/dependencies: The renderer talks to the core only through/,
    ],
    [
      'the renderer importing a Node builtin',
      'src/renderer/src/virtual.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      /no-restricted-imports: .*sandboxed page/,
    ],
    [
      'the renderer importing electron',
      'src/renderer/src/virtual.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
      /no-restricted-imports/,
    ],
    [
      'the core importing electron outside index/window/ipc',
      'src/main/checklist/virtual.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
      /no-restricted-imports: .*Only src\/main\/index.ts/,
    ],
    [
      'the CLI importing electron',
      'src/cli/virtual.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
      /no-restricted-imports/,
    ],
    [
      'the core importing the virtual phone',
      'src/main/virtual.ts',
      "import { PROFILES } from '../sim/profiles';\nexport const p = PROFILES;\n",
      /boundaries\/dependencies: The core does not import/,
    ],
    [
      'the preload importing a Node builtin',
      'src/preload/virtual.ts',
      "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      /no-restricted-imports/,
    ],
    [
      'the preload importing a package other than electron',
      'src/preload/virtual.ts',
      "import { z } from 'zod';\nexport const s = z;\n",
      /no-restricted-imports: .*The preload imports only electron/,
    ],
    [
      'the preload importing the core',
      'src/preload/virtual.ts',
      "import { UserError } from '../main/errors';\nexport const e = UserError;\n",
      /boundaries\/dependencies/,
    ],
  ])('%s is an error', async (_name, filePath, code, rule) => {
    const errors = await lint(filePath, code);
    expect(
      errors.some((e) => rule.test(e)),
      errors.join('\n') || 'no errors',
    ).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      'the virtual phone importing shared and its own code',
      'src/sim/phone/virtual.ts',
      "import type { VendorChannel } from '../../shared/types';\nimport { PUSH_SERVICE_PACKAGES } from './rom';\nexport const p: Record<VendorChannel, readonly string[]> = PUSH_SERVICE_PACKAGES;\n",
    ],
    [
      'the virtual phone using Node builtins',
      'src/sim/virtual.ts',
      "import { createHash } from 'node:crypto';\nexport const h = createHash;\n",
    ],
    [
      'shared importing shared and zod',
      'src/shared/virtual.ts',
      "import { z } from 'zod';\nimport { PUSH_CHANNELS } from './types';\nexport const s = z.enum(PUSH_CHANNELS);\n",
    ],
    [
      'the renderer importing shared',
      'src/renderer/src/virtual.ts',
      "import { STEP_IDS } from '../../shared/types';\nexport const s = STEP_IDS;\n",
    ],
    [
      'the window helper importing electron',
      'src/main/window.ts',
      "import { BrowserWindow } from 'electron';\nexport const w = BrowserWindow;\n",
    ],
    [
      'the preload importing electron and shared',
      'src/preload/virtual.ts',
      "import { contextBridge } from 'electron';\nimport { API_METHOD_NAMES } from '../shared/contract';\nexport const c = [contextBridge, API_METHOD_NAMES];\n",
    ],
    [
      'the CLI wiring the product to the virtual phone',
      'src/cli/virtual.ts',
      "import { detect } from '../main/device/detect';\nimport { PROFILES } from '../sim/profiles';\nexport const x = [detect, PROFILES];\n",
    ],
  ])('%s passes', async (_name, filePath, code) => {
    expect(await lint(filePath, code)).toEqual([]);
  });
});
