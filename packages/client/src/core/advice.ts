/**
 * Phrases in the client's messages that name its own options. The CLI and the MCP server replace
 * them with their own flags' and settings' names, so each user reads the knob they can turn.
 */

/** Ends a connection error's message. */
export const CONNECTION_CHECK =
  'check that the server is running and that baseUrl (or LLAMA_CLOUD_BASE_URL) is its URL';

/** How the plain-http refusal says to allow it anyway. */
export const INSECURE_HTTP_OPTION = 'pass allowInsecureHttp: true';
