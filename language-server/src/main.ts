// Process entry of the language server: `--stdio` or `--node-ipc` (or `--socket=<port>`) selects the transport.
// The same module is the entry of the server's disk-lint child processes (a bundle has one file to start).
import { isDiskLintChild } from './lint/disk-lint-role.js';

if (isDiskLintChild()) {
  const { runDiskLintChild } = await import('./lint/disk-lint.js');
  runDiskLintChild();
} else {
  const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
  if (!process.argv.some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
    process.stderr.write('Usage: consentry-language-server --stdio | --node-ipc | --socket=<port>\n');
    process.exit(2);
  }

  // Loaded after the argument check so a usage error does not pay for loading ESLint and the plugin.
  const { createConnection, ProposedFeatures } = await import('vscode-languageserver/node');
  const { startServer } = await import('./server.js');

  const connection = createConnection(ProposedFeatures.all);
  // A stray console.log would corrupt the stdio transport: send it to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  process.on('uncaughtException', (error) => connection.console.error(`uncaught exception: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${String(reason)}`));

  startServer(connection, { diskLintEntry: new URL(import.meta.url) });
  connection.listen();
}
