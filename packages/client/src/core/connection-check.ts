/** Ends a connection error's message; the CLI and MCP server replace it with their own options' names. */
export const CONNECTION_CHECK =
  'check that the server is running and that baseUrl (or LLAMA_CLOUD_BASE_URL) is its URL';
