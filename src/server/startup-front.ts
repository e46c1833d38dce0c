import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { LOADING_PAGE_CSP, LOADING_PAGE_HTML } from './loading-page.ts';
import { UNAVAILABLE, type StartupStatus } from './startup.ts';

/**
 * The server's front while it starts: a plain HTTP server in a worker thread, so that it answers
 * at once even while the main thread is busy for seconds at a time (the embedded engine runs its
 * queries on the main thread; the generator computes). It answers GET /api/v1/status with the
 * status the main thread sends it, every other API request with 503 and a clear code, and every
 * page with the loading page. When the app is ready the front stops listening and the app
 * listens on the same port (a failed load keeps the front up, saying so).
 *
 * Plain JavaScript, given as text: the worker loads no TypeScript and none of the app.
 */
const FRONT = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
let status = workerData.status;
const send = (res, code, type, body, extra) => {
  res.writeHead(code, Object.assign({
    'content-type': type, 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store',
    'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
  }, extra || {}));
  res.end(body);
};
const language = (header) => {
  for (const part of String(header || '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (tag === 'es' || tag === 'en') return tag;
  }
  return 'es';
};
const server = http.createServer((req, res) => {
  const path = (req.url || '/').split('?')[0];
  const state = status.state === 'failed' ? 'failed' : 'loading';
  const retry = state === 'loading' ? { 'retry-after': '5' } : {};
  if (path === '/api/v1/status' && (req.method === 'GET' || req.method === 'HEAD')) {
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(status));
  }
  const unavailable = workerData.unavailable[state];
  if (path.startsWith('/api/')) {
    // The API's error shape (kernel/error-body.ts); the web app reloads into the loading page on SERVER_STARTING.
    const asked = req.headers['x-custodia-language'];
    const lang = asked === 'es' || asked === 'en' ? asked : language(req.headers['accept-language']);
    const body = JSON.stringify({ error: { code: unavailable.code, message: unavailable.message[lang], requestId: randomUUID() } });
    return send(res, 503, 'application/json; charset=utf-8', body, retry);
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && !/\\.[a-z0-9]+$/i.test(path)) {
    return send(res, 503, 'text/html; charset=utf-8', workerData.html, Object.assign({ 'content-security-policy': workerData.csp, 'x-frame-options': 'DENY' }, retry));
  }
  send(res, 503, 'text/plain; charset=utf-8', unavailable.message.es + '\\n' + unavailable.message.en + '\\n', retry);
});
server.keepAliveTimeout = 1000;
server.on('error', (error) => parentPort.postMessage({ error: { code: error.code, message: error.message } }));
server.listen(workerData.port, workerData.host, () => parentPort.postMessage({ listening: server.address().port }));
parentPort.on('message', (message) => {
  if (message.status) status = message.status;
  if (message.close) {
    server.closeAllConnections();
    server.close(() => parentPort.postMessage({ closed: true }));
  }
});
`;

export interface Front {
  /** The port it listens on (the one the system gave when asked for port 0). */
  port: number;
  /** Tells the front where the start stands. */
  update(status: StartupStatus): void;
  /** Stops listening (the app listens next), then ends the worker. */
  close(): Promise<void>;
  /** Ends the worker at once. */
  terminate(): Promise<void>;
}

/** Starts the front; fails like a listen does (EADDRINUSE, EACCES). */
export async function startFront(port: number, host: string, status: StartupStatus): Promise<Front> {
  const worker = new Worker(FRONT, {
    eval: true,
    workerData: { port, host, status, html: LOADING_PAGE_HTML, csp: LOADING_PAGE_CSP, unavailable: UNAVAILABLE },
  });
  const [first] = (await once(worker, 'message')) as [{ listening?: number; error?: { code?: string; message: string } }];
  if (first.listening === undefined) {
    await worker.terminate();
    throw Object.assign(new Error(first.error?.message ?? 'the server could not listen'), { code: first.error?.code });
  }
  let ended = false;
  return {
    port: first.listening,
    update(next) {
      if (!ended) worker.postMessage({ status: next });
    },
    async close() {
      if (ended) return;
      const closed = once(worker, 'message');
      worker.postMessage({ close: true });
      await closed;
      ended = true;
      await worker.terminate();
    },
    async terminate() {
      if (ended) return;
      ended = true;
      await worker.terminate();
    },
  };
}
