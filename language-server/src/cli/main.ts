// `consentry check [paths…]`: the pull-request gate. Same engine as the language server.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import { EngineConfigError, LintEngine } from '../lint/engine.js';
import { collectFiles } from '../lint/files.js';
import { toSarif } from './sarif.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

export const INFORMATION_URI = 'https://github.com/consentry/consentry';

export const USAGE = `Usage: consentry check [paths…] [options]

Checks every supported source and app-config file under the paths (default: the current folder) with the
recommended Consentry rules. .gitignore is honoured and node_modules is skipped. Folder walks also skip generated
output: _expo, .expo, unpackage, miniprogram_npm, oh_modules, Pods, DerivedData, .gradle, .cxx, .hvigor, .next and
.nuxt; dist/ and build/ only next to a build file (package.json, build.gradle, Podfile …); www/ only next to a
Capacitor / Cordova config and a src/ folder; Capacitor / Cordova copies of the web app; *.min.js files; a .js
compiled in place beside its .ts. Files, folders and globs named on the command line are still checked.

Options:
  -f, --format <stylish|json|sarif>  Output format (default: stylish). json is ESLint's JSON result format;
                                     sarif is SARIF 2.1.0 for GitHub code scanning.
  --max-warnings <n>                 Exit with 1 when there are more than n warnings.
  -c, --config <eslint.config.js>    Use this ESLint config file instead of the built-in recommended config.
  -o, --output-file <file>           Write the report to a file instead of standard output.
  --locale <en|zh-CN>                Language of the messages (default: en).
  --no-gitignore                     Do not honour .gitignore files.
  -h, --help                         Show this help.
  -v, --version                      Show the version.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration failure.`;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo = (): CliIo => ({
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

class UsageError extends Error {}

interface CheckOptions {
  paths: string[];
  format: Format;
  maxWarnings: number;
  configFile?: string;
  outputFile?: string;
  gitignore: boolean;
  locale?: string;
}

function parseCommandLine(argv: string[], cwd: string): CheckOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'output-file': { type: 'string', short: 'o' },
        locale: { type: 'string' },
        'no-gitignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const [command, ...paths] = positionals;
  if (command === undefined) throw new UsageError('Missing command: use `consentry check [paths…]`.');
  if (command !== 'check') throw new UsageError(`Unknown command "${command}": use \`consentry check [paths…]\`.`);

  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}": use one of ${FORMATS.join(', ')}.`);
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
      throw new UsageError(`--max-warnings needs a whole number, got "${values['max-warnings']}".`);
    }
  }
  let configFile: string | undefined;
  if (values.config !== undefined) {
    configFile = resolve(cwd, values.config);
    if (!existsSync(configFile)) throw new UsageError(`Config file not found: ${values.config}`);
  }
  return {
    paths,
    format,
    maxWarnings,
    configFile,
    outputFile: values['output-file'] === undefined ? undefined : resolve(cwd, values['output-file']),
    gitignore: !values['no-gitignore'],
    locale: values.locale,
  };
}

async function format(results: ESLint.LintResult[], engine: LintEngine, options: CheckOptions, cwd: string): Promise<string> {
  if (options.format === 'sarif') {
    engine.rulesMeta(results); // meta of rules from a project config, for ruleInfo
    const log = toSarif(results, {
      cwd,
      toolVersion: packageVersion(),
      informationUri: INFORMATION_URI,
      ruleInfo: (id) => engine.ruleInfo(id),
    });
    return `${JSON.stringify(log, null, 2)}\n`;
  }
  // ESLint's own formatters: `json` is exactly ESLint's JSON result format.
  const formatter = await engine.loadFormatter(options.format);
  const text = await formatter.format(results, options.outputFile ? { color: false } : undefined);
  return options.format === 'json' ? `${text}\n` : text;
}

/** Runs the CLI and returns the exit code (never calls process.exit, so tests can run it in-process). */
export async function runCli(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  let options: CheckOptions | 'help' | 'version';
  try {
    options = parseCommandLine(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`consentry: ${error.message}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (options === 'help') {
    io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options === 'version') {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }

  const engine = new LintEngine({ configFile: options.configFile, locale: options.locale });
  let results: ESLint.LintResult[];
  try {
    // Load a project config before walking, so a broken one is reported as such (exit 2) even with no files.
    if (options.configFile) await engine.validateConfig(resolve(io.cwd, 'consentry-probe.js'));
    const { files, missing } = await collectFiles(options.paths, {
      cwd: io.cwd,
      gitignore: options.gitignore,
      isLintable: (file) => engine.isLintable(file),
    });
    if (missing.length) {
      io.stderr(`consentry: no files match ${missing.map((m) => `"${m}"`).join(', ')}\n`);
      return EXIT_USAGE;
    }
    results = await engine.lintFiles(files);
  } catch (error) {
    if (error instanceof EngineConfigError) {
      io.stderr(`consentry: could not load the ESLint configuration: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`consentry: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_USAGE;
  }

  const output = await format(results, engine, options, io.cwd);
  if (options.outputFile) {
    mkdirSync(dirname(options.outputFile), { recursive: true });
    writeFileSync(options.outputFile, output);
  } else if (output) {
    io.stdout(output);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings >= 0 && warnings > options.maxWarnings) {
    io.stderr(`consentry found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
