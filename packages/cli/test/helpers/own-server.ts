/**
 * A fault server that belongs to one test and closes when that test ends. `serve()` closes every
 * server after each test, which would pull the server from under a test still running beside it.
 */
import { type FaultHandler, type FaultReply, type FaultServer, startFaultServer } from '@llamacloud-batch/testing';
import type { TestContext } from 'vitest';

export async function serveFor(
  context: Pick<TestContext, 'onTestFinished'>,
  handler: FaultHandler | FaultReply[],
): Promise<FaultServer> {
  const server = await startFaultServer(handler);
  context.onTestFinished(() => server.close());
  return server;
}
