import { it } from 'vitest';
import { UsageIndex } from '../../../eslint-plugin/src/core/usage-index.js';
it('usage', () => {
  const idx = new UsageIndex();
  const t = Date.now();
  const u = idx.forApp({ root: '/tmp/scratch/app1', dependencies: { 'expo-camera': '1', 'react-native': '1' } });
  console.log(Date.now() - t, 'ms', u.filesListed, u.filesParsed, [...u.permissions].map(([p, s]) => `${p}<-${s.via}:${s.detail}@${s.line}`).join('\n'), [...u.privateInfoApis]);
});
