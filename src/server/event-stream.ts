import type { FastifyReply, FastifyRequest } from 'fastify';

/** How often an idle stream sends a comment, so that proxies do not close it. */
const HEARTBEAT_MS = 25_000;

/** Sends one event of a stream: its name and its data as JSON. */
export type SendEvent = (event: string, data: unknown) => void;

/**
 * Answers `request` with a stream of server-sent events: takes the reply over from Fastify,
 * writes the headers and a first comment, then lets `subscribe` send events until the client
 * goes away, when its returned function unsubscribes. A heartbeat comment keeps an idle stream
 * open through proxies.
 */
export function openEventStream(request: FastifyRequest, reply: FastifyReply, subscribe: (send: SendEvent) => () => void): void {
  reply.hijack();
  reply.raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-request-id': request.id,
  });
  reply.raw.write(': connected\n\n');
  const unsubscribe = subscribe((event, data) => reply.raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
  const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
  request.raw.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
  });
}
