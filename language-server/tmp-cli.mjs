import { runCli } from './dist/cli/main.js';
const code = await runCli(process.argv.slice(2), { cwd: '/tmp/lsexp', stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
console.log('exit', code);
