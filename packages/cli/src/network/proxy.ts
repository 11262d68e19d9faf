/**
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY for the CLI. Node's fetch ignores them; undici's
 * EnvHttpProxyAgent honours them, given to fetch as its `dispatcher`. The agent reads process.env
 * itself, so it gets explicit values read from run()'s `io.env` instead, and `routeFor` decides each
 * URL with the same rules, so `--debug` can say which way a request went (the agent does not tell).
 * undici loads only when a proxy variable is set: without one, start-up is unchanged.
 */
import type { FetchLike } from '@llamacloud-batch/client';
import { UsageError } from '../errors.js';

/** A proxy from the environment: its URL and the variable it came from. */
export interface ProxyEnv {
  url: string;
  variable: string;
}

export interface ProxySettings {
  http?: ProxyEnv | undefined;
  https?: ProxyEnv | undefined;
  /** NO_PROXY as the agent gets it (see normalizeNoProxy). */
  noProxy: string;
  noProxyVariable?: string | undefined;
}

/** Where one request goes: through `proxy`, or direct, and why. */
export type Route = { proxy: ProxyEnv } | { direct: 'no proxy set' | `${string} matches` };

/**
 * Reads the proxy variables from `env`, lowercase first (as curl and undici do); an empty value is
 * unset. Returns undefined when no proxy is set. A URL that cannot be used is a usage error that
 * never quotes its credentials.
 */
export function proxySettings(env: Record<string, string | undefined>): ProxySettings | undefined {
  const http = proxyFromEnv(env, 'http_proxy', 'HTTP_PROXY');
  const https = proxyFromEnv(env, 'https_proxy', 'HTTPS_PROXY');
  if (!http && !https) return undefined;
  const noProxyVariable = firstSet(env, 'no_proxy', 'NO_PROXY');
  return {
    http,
    https,
    noProxy: normalizeNoProxy(noProxyVariable ? (env[noProxyVariable] ?? '') : ''),
    noProxyVariable,
  };
}

function firstSet(env: Record<string, string | undefined>, ...names: string[]): string | undefined {
  return names.find((name) => env[name]?.trim());
}

function proxyFromEnv(env: Record<string, string | undefined>, ...names: string[]): ProxyEnv | undefined {
  const variable = firstSet(env, ...names);
  if (!variable) return undefined;
  const raw = (env[variable] ?? '').trim();
  // `proxy.internal:3128` means http://, as it does for curl.
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(
      `Invalid ${variable}: ${redactProxyUrl(raw)} is not a URL (expected http://[user:password@]host:port)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(
      `Invalid ${variable}: ${url.protocol.slice(0, -1)} proxies are not supported (allowed: http, https)`,
    );
  }
  return { url: text, variable };
}

/** The proxy URL without its credentials: `http://user:pass@proxy:8080` → `http://***@proxy:8080`. */
export function redactProxyUrl(text: string): string {
  try {
    const url = new URL(text);
    const credentials = url.username || url.password ? '***@' : '';
    return `${url.protocol}//${credentials}${url.host}`;
  } catch {
    // Not a URL: hide anything that looks like userinfo, and keep the rest for the message.
    return text.replace(/^([^/]*\/\/)?[^@/]*@/, (_match, scheme: string | undefined) => `${scheme ?? ''}***@`);
  }
}

/**
 * NO_PROXY entries, comma or space separated, as undici reads them, with two fixes it would
 * otherwise get wrong: a `*` entry anywhere means "everything" (undici honours only a bare `*`),
 * and a bare IPv6 address is bracketed (undici would read `::1` as host `:`, port 1).
 */
export function normalizeNoProxy(value: string): string {
  const entries = value.split(/[,\s]+/).filter(Boolean);
  if (entries.includes('*')) return '*';
  return entries.map((entry) => (/^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*$/i.test(entry) ? `[${entry}]` : entry)).join(',');
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/**
 * True when NO_PROXY (normalised) sends `url` direct: `*`; an exact host; a domain and its
 * subdomains (`example.com`, `.example.com` and `*.example.com` alike); each with an optional
 * `:port` that must then match. Exactly the rules of undici's EnvHttpProxyAgent.
 */
export function bypassesProxy(url: URL, noProxy: string): boolean {
  if (noProxy === '*') return true;
  const hostname = url.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number.parseInt(url.port, 10) || DEFAULT_PORTS[url.protocol] || 0;
  return noProxy
    .split(/[,\s]/)
    .filter(Boolean)
    .some((entry) => {
      const parsed = /^(.+):(\d+)$/.exec(entry);
      const host = (parsed?.[1] ?? entry).replace(/^\*?\./, '').toLowerCase();
      const entryPort = parsed ? Number.parseInt(parsed[2] ?? '', 10) : 0;
      if (entryPort && entryPort !== port) return false;
      return hostname === host || hostname.endsWith(`.${host}`);
    });
}

/** The route undici's EnvHttpProxyAgent takes for `url` when configured with `settings`. */
export function routeFor(url: URL, settings: ProxySettings | undefined): Route {
  if (!settings) return { direct: 'no proxy set' };
  if (bypassesProxy(url, settings.noProxy)) return { direct: `${settings.noProxyVariable ?? 'NO_PROXY'} matches` };
  // https falls back to the http proxy when only that is set, as the agent does.
  const proxy = url.protocol === 'https:' ? (settings.https ?? settings.http) : settings.http;
  return proxy ? { proxy } : { direct: 'no proxy set' };
}

export function describeRoute(url: URL, route: Route): string {
  const where = `route to ${url.origin}`;
  if ('proxy' in route) return `${where}: proxy ${redactProxyUrl(route.proxy.url)} (${route.proxy.variable})`;
  return `${where}: direct (${route.direct})`;
}

/** Errors that mean no connection to the proxy itself could be made (through a tunnel, an origin's failure is a proxy response). */
const CANNOT_CONNECT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * A fetch that sends each request through the proxy the environment names for it, or direct. With
 * `log`, says which for each request. A failure on a proxied route is reworded to name the proxy.
 */
export function routingFetch(settings: ProxySettings | undefined, log?: (line: string) => void): FetchLike {
  let dispatcher: Promise<unknown> | undefined;
  const agent = (proxy: ProxySettings) => {
    dispatcher ??= import('undici').then(
      ({ EnvHttpProxyAgent }) =>
        // Explicit values (empty for unset) so the agent never looks at process.env.
        new EnvHttpProxyAgent({
          httpProxy: proxy.http?.url ?? '',
          httpsProxy: proxy.https?.url ?? '',
          noProxy: proxy.noProxy,
        }),
    );
    return dispatcher;
  };
  return async (request, init) => {
    const url = new URL(request.url);
    const route = routeFor(url, settings);
    log?.(describeRoute(url, route));
    if (!settings) return fetch(request, init);
    const withAgent = { ...init, dispatcher: await agent(settings) } as RequestInit;
    try {
      return await fetch(request, withAgent);
    } catch (error) {
      if (!('proxy' in route) || init?.signal?.aborted) throw error;
      const failure = proxyFailure(error, route.proxy, url);
      if (failure instanceof Response) return failure;
      throw failure;
    }
  };
}

/**
 * `fetch failed` through a proxy, said in terms of the proxy: which one, and whether it was
 * unreachable or refused. A 407 comes back as the answer it is (fetch reports a tunnel's refusal as
 * a network failure): a 4xx, so the client does not retry it — other credentials will not appear
 * between attempts — and the error says it came from the proxy.
 */
function proxyFailure(error: unknown, proxy: ProxyEnv, url: URL): Error | Response {
  const name = `proxy ${redactProxyUrl(proxy.url)} (${proxy.variable})`;
  const causes = causeChain(error);
  const status = causes.map(({ message }) => /Proxy response \((\d+)\)/.exec(String(message))?.[1]).find(Boolean);
  const code = causes.map(({ code }) => String(code)).find((code) => CANNOT_CONNECT.has(code));
  if (status === '407') {
    const detail = `${name} refused the request (Proxy Authentication Required): check the user and password in ${proxy.variable}`;
    return Response.json({ detail: scrub(detail) }, { status: 407, statusText: 'Proxy Authentication Required' });
  }
  let message: string;
  if (status) {
    message = `${name} could not open a tunnel to ${url.host}: HTTP ${status}`;
  } else if (code) {
    message = `cannot connect to ${name}: ${code}`;
  } else {
    message = `through ${name}: ${String(causes.at(-1)?.message ?? 'fetch failed')}`;
  }
  // The client reports a failed fetch by its cause's message: keep fetch's shape, with ours as the cause.
  return new TypeError('fetch failed', { cause: new Error(scrub(message), { cause: error }) });
}

/** Credentials in any URL of `text`, replaced. */
function scrub(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/g, '//***@');
}

function causeChain(error: unknown): { code?: unknown; message?: unknown }[] {
  const chain: { code?: unknown; message?: unknown; cause?: unknown }[] = [];
  for (
    let link = error;
    link !== null && typeof link === 'object' && chain.length < 10;
    link = (link as { cause?: unknown }).cause
  ) {
    chain.push(link as { code?: unknown; message?: unknown });
  }
  return chain;
}
