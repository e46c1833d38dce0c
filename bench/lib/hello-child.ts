/** The baseline: a bare Fastify hello-world, in its own process like the Custodia server. */
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const app = Fastify();
app.get('/', () => ({ hello: 'world' }));
await app.listen({ port, host: '127.0.0.1' });
process.once('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
