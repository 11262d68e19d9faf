/**
 * `llamacloud-mcp`: serves the tools over stdio (what desktop agents launch), or over streamable
 * HTTP on 127.0.0.1 with `--http <port>`. stdout carries the protocol; every log goes to stderr.
 */
import { parseArgs } from 'node:util';
import {
  ConfigurationError,
  createLlamaCloudClient,
  INSECURE_HTTP_OPTION,
  type LlamaCloudClient,
} from '@llamacloud-batch/client';
import { createMcpServer, type McpServerOptions } from './server.js';
import { version } from './version.js';

const USAGE = `Usage: llamacloud-mcp [--allow-writes [--allow-files <folder>]] [--http <port>] [--allow-insecure-http]

Serves every operation of the LlamaCloud Batch Processing API as an MCP tool, over stdio.

Options:
  --allow-writes   also offer the tools that change data (create, cancel, …); off by default
  --allow-files <folder>
                   with --allow-writes, also offer the tools that upload files, which take
                   the path of a file inside <folder> (anything outside it is refused)
  --http <port>    serve streamable HTTP on http://127.0.0.1:<port>/mcp instead of stdio
  --allow-insecure-http
                   send the API key over plain http to a LLAMA_CLOUD_BASE_URL that is not
                   loopback (refused by default: it would show the key to the network)
  -v, --version    print the version
  -h, --help       print this help

Environment:
  LLAMA_CLOUD_API_KEY    the API key (required for calls; never shown in a result or a log)
  LLAMA_CLOUD_BASE_URL   the API's base URL (default https://api.cloud.llamaindex.ai)
  LLAMA_CLOUD_LOG        the client's log level on stderr: debug, info, warn (default), error, off
`;

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let values: {
    'allow-writes'?: boolean;
    'allow-insecure-http'?: boolean;
    'allow-files'?: string;
    http?: string;
    help?: boolean;
    version?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'allow-writes': { type: 'boolean' },
        'allow-insecure-http': { type: 'boolean' },
        'allow-files': { type: 'string' },
        http: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    process.stderr.write(`llamacloud-mcp: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return;
  }
  const port = values.http === undefined ? undefined : Number(values.http);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    process.stderr.write(`llamacloud-mcp: --http expects a port from 0 to 65535, got ${JSON.stringify(values.http)}\n`);
    process.exitCode = 2;
    return;
  }
  const allowFiles = values['allow-files'];
  if (allowFiles !== undefined) {
    const { statSync } = await import('node:fs');
    let folder = false;
    try {
      folder = statSync(allowFiles).isDirectory();
    } catch {}
    if (!folder) {
      process.stderr.write(
        `llamacloud-mcp: --allow-files expects a folder, and ${JSON.stringify(allowFiles)} is not one\n`,
      );
      process.exitCode = 2;
      return;
    }
    if (values['allow-writes'] !== true) {
      process.stderr.write('llamacloud-mcp: --allow-files needs --allow-writes (an upload changes data)\n');
      process.exitCode = 2;
      return;
    }
  }
  const secret = process.env.LLAMA_CLOUD_API_KEY?.trim() || undefined;
  if (!secret) log('warn', 'LLAMA_CLOUD_API_KEY is not set: tools are listed, but every call will fail until it is');
  const options: McpServerOptions = {
    allowWrites: values['allow-writes'] === true,
    client: lazyClient(secret, values['allow-insecure-http'] === true),
    secret,
    allowFiles,
  };
  if (port !== undefined) {
    const { serveHttp } = await import('./http.js');
    const url = await serveHttp(port, () => createMcpServer(options));
    log('info', `serving MCP over streamable HTTP at ${url}`);
    return;
  }
  const { StdioServerTransport } = await import('@modelcontextprotocol/sdk/server/stdio.js');
  const server = createMcpServer(options);
  // The client ends a stdio session by closing our stdin; leave then, even with sockets still open —
  // once stdout has taken every answer already written (a pipe is written asynchronously, and
  // process.exit would cut a large tools/list short).
  const leave = () => process.stdout.write('', () => process.exit(0));
  process.stdin.once('end', () => void server.close().finally(leave));
  await server.connect(new StdioServerTransport());
}

/** The client, made on the first call, so listing tools needs no key; a missing key fails each call instead. */
function lazyClient(apiKey: string | undefined, allowInsecureHttp: boolean): () => LlamaCloudClient {
  let client: LlamaCloudClient | undefined;
  return () => {
    if (!apiKey) {
      throw new ConfigurationError(
        "Missing API key: set LLAMA_CLOUD_API_KEY in the environment of llamacloud-mcp (the `env` of its entry in the MCP client's configuration)",
      );
    }
    try {
      client ??= createLlamaCloudClient({ apiKey, allowInsecureHttp, logger: stderrLogger });
    } catch (error) {
      // The client names its own option; the server's user needs the flag in its configuration.
      if (error instanceof ConfigurationError && error.message.includes(INSECURE_HTTP_OPTION)) {
        throw new ConfigurationError(
          error.message.replace(INSECURE_HTTP_OPTION, 'start llamacloud-mcp with --allow-insecure-http'),
        );
      }
      throw error;
    }
    return client;
  };
}

function log(level: string, message: string, ...details: unknown[]): void {
  const rest = details.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))).join(' ');
  process.stderr.write(`[llamacloud-mcp ${level}] ${message}${rest ? ` ${rest}` : ''}\n`);
}

/** The client's logs (retries, debug traces; credentials already masked) as single lines on stderr. */
const stderrLogger = {
  debug: (message: string, ...rest: unknown[]) => log('debug', message, ...rest),
  info: (message: string, ...rest: unknown[]) => log('info', message, ...rest),
  warn: (message: string, ...rest: unknown[]) => log('warn', message, ...rest),
  error: (message: string, ...rest: unknown[]) => log('error', message, ...rest),
};
