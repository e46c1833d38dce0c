import { Command } from 'commander';
import { startServer } from '../../server/start.ts';
import { configFor, say, withDb } from '../context.ts';

export function serveCommand(): Command {
  return withDb(new Command('serve'))
    .description('serve the web application and the API / servir la aplicación web y la API')
    .option('--port <port>', 'port (default PORT, else 3000)', (v) => Number.parseInt(v, 10))
    .option('--host <host>', 'address to listen on (default HOST, else localhost)')
    .action(async (options: { db?: string; port?: number; host?: string }) => {
      const config = configFor(options, {
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
      });
      const server = await startServer(config, say);
      const stop = async () => {
        say('Deteniendo… / stopping…');
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
