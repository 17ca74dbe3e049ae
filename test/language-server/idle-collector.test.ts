// Collection between keystrokes (language-server/src/lint/idle-collector.ts) and what it relies on: the engine letting
// go of the last file without a finding or a side effect, and the young generation's size read from Node's options.
// How much a lint leaves alive is measured by `npm run bench` (scripts/bench-retention.mjs), not here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Rule } from 'eslint';
import { LintEngine, type ConsentryPluginLike } from '../../language-server/src/lint/engine.js';
import { IdleCollector, describeIdleCollection, semiSpaceLimitMb } from '../../language-server/src/lint/idle-collector.js';
import { SERVER_NODE_OPTIONS } from '../../language-server/src/protocol.js';
import { appFixtures } from './support/fixtures.js';

type Collection = { type: 'minor' | 'major' };

function collectorWith(options: { busy?: () => boolean; release?: () => Promise<void>; heap?: () => number; quietMs?: number; majorAfterBytes?: number } = {}) {
  const events: string[] = [];
  const collect = (collection: Collection) => {
    events.push(collection.type);
  };
  const collector = new IdleCollector({
    busy: options.busy ?? (() => false),
    release: options.release ?? (async () => void events.push('release')),
    collect,
    heapBytes: options.heap ?? (() => 0),
    quietMs: options.quietMs ?? 1000,
    majorAfterBytes: options.majorAfterBytes ?? 100,
  });
  return { collector, events };
}

describe('IdleCollector', () => {
  it('releases the finished lint, then collects the young generation, once per idle moment', async () => {
    const { collector, events } = collectorWith();
    const first = collector.workDone();
    const second = collector.workDone(); // a second lint finished in the same turn: one collection
    await Promise.all([first, second]);
    expect(events).toEqual(['release', 'minor']);
    await collector.workDone();
    expect(events).toEqual(['release', 'minor', 'release', 'minor']);
    collector.dispose();
  });

  it('does nothing while a lint is queued or running', async () => {
    const { collector, events } = collectorWith({ busy: () => true });
    await collector.workDone();
    expect(events).toEqual([]);
    collector.dispose();
  });

  it('skips the collection when a keystroke arrives while the last file is being released', async () => {
    let busy = false;
    const { collector, events } = collectorWith({
      busy: () => busy,
      release: async () => {
        busy = true; // the next didChange was handled during the release
      },
    });
    await collector.workDone();
    expect(events).toEqual([]);
    collector.dispose();
  });

  describe('full collection when the user has stopped', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('runs once the server stayed idle, only when the heap grew enough since the last one', async () => {
      let heap = 0;
      const { collector, events } = collectorWith({ heap: () => heap, quietMs: 1000, majorAfterBytes: 100 });
      heap = 50;
      await collector.workDone();
      vi.advanceTimersByTime(1000);
      expect(events).toEqual(['release', 'minor']); // grew 50 < 100: no full collection
      heap = 200;
      await collector.workDone();
      vi.advanceTimersByTime(999);
      expect(events.filter((e) => e === 'major')).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(events.at(-1)).toBe('major');
      // Measured from the heap after that collection: no second one without new growth.
      await collector.workDone();
      vi.advanceTimersByTime(1000);
      expect(events.filter((e) => e === 'major')).toHaveLength(1);
      collector.dispose();
    });

    it('is put off by every lint until the user stops, and never runs while busy', async () => {
      let heap = 0;
      let busy = false;
      const { collector, events } = collectorWith({ heap: () => heap, busy: () => busy });
      heap = 1000;
      await collector.workDone();
      vi.advanceTimersByTime(600);
      await collector.workDone(); // typing on: the wait starts again
      vi.advanceTimersByTime(600);
      expect(events).not.toContain('major');
      busy = true;
      vi.advanceTimersByTime(400);
      expect(events).not.toContain('major');
      busy = false;
      await collector.workDone();
      vi.advanceTimersByTime(1000);
      expect(events.at(-1)).toBe('major');
      collector.dispose();
    });
  });

  it('is inert where V8 collection cannot be exposed: no release, no collection', async () => {
    const release = vi.fn(async () => {});
    const collector = new IdleCollector({ busy: () => false, release, collect: undefined });
    expect(collector.available).toBe(false);
    await collector.workDone();
    expect(release).not.toHaveBeenCalled();
    collector.dispose();
  });
});

describe('semiSpaceLimitMb', () => {
  it('reads --max-semi-space-size from the command line and NODE_OPTIONS, the command line last', () => {
    expect(semiSpaceLimitMb(['--max-semi-space-size=64'], '', 22)).toBe(64);
    expect(semiSpaceLimitMb(['--max-semi-space-size', '48'], '', 22)).toBe(48);
    expect(semiSpaceLimitMb(['--max_semi_space_size=32'], '', 20)).toBe(32);
    expect(semiSpaceLimitMb([], '--max-old-space-size=4096 --max-semi-space-size=24', 22)).toBe(24);
    expect(semiSpaceLimitMb(['--max-semi-space-size=8'], '--max-semi-space-size=64', 24)).toBe(8);
  });

  it("is Node's default otherwise: 16 MB before Node 24, 64 MB from it", () => {
    expect(semiSpaceLimitMb(['--inspect'], '', 20)).toBe(16);
    expect(semiSpaceLimitMb([], '', 22)).toBe(16);
    expect(semiSpaceLimitMb([], '', 24)).toBe(64);
  });

  it('the server log says whether it collects between keystrokes, and what to do when it does not', () => {
    expect(describeIdleCollection(true)).toMatch(/collected between keystrokes \(young generation \d+ MB\)/);
    const off = describeIdleCollection(false);
    expect(off).toMatch(/left to V8/);
    if (process.env.CONSENTRY_IDLE_GC !== '0') expect(off).toContain('--max-semi-space-size=64');
  });

  it('clients start the server with a young generation the collector works with', () => {
    expect(semiSpaceLimitMb(SERVER_NODE_OPTIONS, '', 22)).toBeGreaterThanOrEqual(32);
  });
});

describe('LintEngine.releaseLastFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'consentry-release-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs no rule and reports nothing', async () => {
    const seen: string[] = [];
    const recording: Rule.RuleModule = {
      meta: { type: 'problem', schema: [], messages: { seen: 'seen' } },
      create(context) {
        seen.push(context.filename);
        return {};
      },
    };
    const plugin = { rules: { records: recording }, configs: {} } as unknown as ConsentryPluginLike & { configs: Record<string, unknown> };
    plugin.configs.recommended = [{ files: ['**/*.js'], languageOptions: {}, plugins: { consentry: plugin }, rules: { 'consentry/records': 'error' } }];
    const engine = new LintEngine({ plugin });
    const file = join(dir, 'screen.js');
    await engine.lintText('export const a = 1;\n', file);
    await engine.releaseLastFile();
    await engine.lintText('export const b = 2;\n', file);
    expect(seen).toEqual([file, file]);
  });

  const shape = (result: Awaited<ReturnType<LintEngine['lintText']>>) => result?.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('changes no finding of the real rules, before or after', async () => {
    const engine = new LintEngine();
    const screen = join(appFixtures, 'demo-shop/src/screens/ScanScreen.tsx');
    const text = readFileSync(screen, 'utf8');
    const before = shape(await engine.lintText(text, screen));
    expect(before?.length).toBeGreaterThan(0);
    await engine.releaseLastFile();
    expect(shape(await engine.lintText(text, screen))).toEqual(before);
    await engine.releaseLastFile();
    await engine.releaseLastFile();
    expect(shape(await engine.lintText(text, screen))).toEqual(before);
  });

  it("works the same with a project's eslint.config", async () => {
    const plugin = pathToFileURL(createRequire(import.meta.url).resolve('eslint-plugin-consentry')).href;
    const config = join(dir, 'eslint.config.mjs');
    writeFileSync(config, `import consentry from ${JSON.stringify(plugin)};\nexport default [consentry.configs.recommended];\n`);
    const file = join(dir, 'src/track.js');
    const text = "import { getUniqueId } from 'react-native-device-info';\ngetUniqueId();\n";
    const engine = new LintEngine({ configFile: config });
    const before = shape(await engine.lintText(text, file));
    await engine.releaseLastFile();
    expect(shape(await engine.lintText(text, file))).toEqual(before);
  });
});
