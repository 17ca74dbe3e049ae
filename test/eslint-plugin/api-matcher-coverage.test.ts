// Round trip over the whole knowledge base: for every import / global / JSX binding of every entry, write the
// call the way an app would and check the matcher finds that entry (as the match or one of its alternatives).
import { describe, expect, it } from 'vitest';
import { API_ENTRIES, CALL_SEGMENT, type ApiBinding, type ApiEntry } from '../../eslint-plugin/src/core/knowledge/index.js';
import { matchesIn } from './api-matcher-harness.js';

function accessExpression(root: string, path: readonly string[]): string {
  // A numeric segment is a tuple element a hook returns (`useLocation()[1].get`).
  return path.reduce((expr, seg) => (seg === CALL_SEGMENT ? `${expr}()` : /^\d+$/.test(seg) ? `${expr}[${seg}]` : `${expr}.${seg}`), root);
}

function usage(entry: ApiEntry, expr: string): string {
  if (entry.access === 'property') return `void ${expr};`;
  const args = entry.argumentLiteral
    ? `'${entry.argumentLiteral.value}'`
    : entry.argumentMember
      ? `Ids.${entry.argumentMember.names[0]}, () => {}`
      : entry.argumentProperty
        ? `{ ${entry.argumentProperty.property}: ${JSON.stringify(entry.argumentProperty.value)} }`
        : entry.argumentPropertyAnyOf
          ? `{ ${entry.argumentPropertyAnyOf.property}: ${JSON.stringify(entry.argumentPropertyAnyOf.values[0])} }`
          : entry.argumentLacksProperty
            ? '{ success: () => {} }'
            : '';
  return `${expr}(${args});`;
}

/** Source text that reaches `entry` through `binding`, or undefined for template bindings (not JS). */
function sourceFor(entry: ApiEntry, binding: ApiBinding, n: number): string | undefined {
  const local = `_b${n}`;
  switch (binding.type) {
    case 'global':
      return usage(entry, accessExpression(binding.global, binding.path));
    case 'import': {
      const specifier =
        binding.importName === 'default' ? local : binding.importName === '*' ? `* as ${local}` : `{ ${binding.importName} as ${local} }`;
      return `import ${specifier} from '${binding.module}';\n${usage(entry, accessExpression(local, binding.path))}`;
    }
    case 'jsx':
      return `import { ${binding.importName} as ${local} } from '${binding.module}';\nexport const C${n} = () => <${local} />;`;
    case 'template':
      return undefined;
  }
}

describe('api matcher: every catalogued binding is reachable', () => {
  const ecosystems = [...new Set(API_ENTRIES.map((e) => e.ecosystem))];
  for (const ecosystem of ecosystems) {
    it(`matches every ${ecosystem} binding`, () => {
      let checked = 0;
      const misses: string[] = [];
      for (const entry of API_ENTRIES.filter((e) => e.ecosystem === ecosystem)) {
        entry.bindings.forEach((binding, n) => {
          const code = sourceFor(entry, binding, n);
          if (!code) return;
          checked++;
          const found = matchesIn(code, { filename: 'coverage.tsx' });
          const reached = found.some((m) => m.id === entry.id || m.alternatives.includes(entry.id));
          if (!reached) misses.push(`${entry.id} via ${JSON.stringify(binding)} → ${found.map((m) => m.id).join(', ') || 'nothing'}`);
        });
      }
      expect(misses).toEqual([]);
      if (ecosystem !== 'native-bridge') expect(checked).toBeGreaterThan(0);
    });
  }
});
