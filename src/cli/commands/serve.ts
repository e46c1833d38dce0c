import { Command } from 'commander';
import { launchServer } from '../../server/launch.ts';
import { DemoLoadFailed } from '../../server/startup.ts';
import { configFor, say, withDb } from '../context.ts';
import { pick, type CliLanguage } from '../language.ts';

export function serveCommand(language: CliLanguage): Command {
  const t = pick(language);
  return withDb(new Command('serve'), language)
    .description(t({ es: 'servir la aplicación web y la API', en: 'serve the web application and the API' }))
    .option('--port <port>', t({ es: 'puerto (por defecto PORT, si no 3000)', en: 'port (default PORT, else 3000)' }), (v) => Number.parseInt(v, 10))
    .option('--host <host>', t({ es: 'dirección en la que escuchar (por defecto HOST, si no localhost)', en: 'address to listen on (default HOST, else localhost)' }))
    .action(async (options: { db?: string; port?: number; host?: string }) => {
      const config = configFor(options, {
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host ? { host: options.host } : {}),
      });
      // Listens at once; the database and the demonstration estate are prepared behind the loading page.
      const server = await launchServer(config, say);
      const stop = async () => {
        say(t({ es: 'Deteniendo…', en: 'Stopping…' }));
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await server.ready;
      } catch (error) {
        // A failed demonstration load keeps the server up, its pages saying so (the log said why).
        if (!(error instanceof DemoLoadFailed)) throw error;
      }
    });
}
