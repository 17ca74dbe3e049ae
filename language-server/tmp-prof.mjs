import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { LintEngine } from './dist/lint/engine.js';
// Build one bench-like file
const src = readFileSync('/work/main/scripts/bench-lsp.mjs', 'utf8');
const dir = '/tmp/lsprof/app';
mkdirSync(dir + '/src', { recursive: true }); mkdirSync(dir + '/ios/B', { recursive: true });
writeFileSync(dir + '/package.json', JSON.stringify({ name: 'b', dependencies: { 'react-native': '0.79.2', 'react-native-permissions': '5.4.0' } }));
writeFileSync(dir + '/ios/B/Info.plist', '<?xml version="1.0"?><plist><dict><key>A</key><string>b</string></dict></plist>');
const { generated } = await import('./tmp-gen.mjs');
const text = generated();
writeFileSync(dir + '/src/Big.tsx', text);
const engine = new LintEngine();
const file = dir + '/src/Big.tsx';
const times = [];
for (let i = 0; i < 30; i++) { const t = performance.now(); const r = await engine.lintText(text + `\n// ${i}`, file); times.push(performance.now() - t); if (i === 0) console.log(r.messages.length, 'messages'); }
times.sort((a, b) => a - b); console.log('median', times[15].toFixed(1), 'min', times[0].toFixed(1));
