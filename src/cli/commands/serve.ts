import { once } from 'node:events';
import { UsageError, type CliIo } from '../io.js';
import { buildOnce } from '../build-once.js';
import { siteServer } from '../site-server.js';
import { watchBuild } from '../watch-build.js';
import { prepareBuild } from './build.js';

export interface ServeOptions {
  out?: string;
  only?: string;
  port?: string;
  host?: string;
}

/**
 * `roadmap serve`: builds the site, serves out/ on 127.0.0.1 (only this computer sees it unless --host says
 * otherwise), and rebuilds on every save like `build --watch`; open pages reload themselves after each rebuild.
 */
export async function runServe(io: CliIo, paths: string[], opts: ServeOptions): Promise<number> {
  const port = opts.port === undefined ? 8080 : Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`порт «${opts.port}» должен быть числом от 0 до 65535.`);
  const host = opts.host ?? '127.0.0.1';
  const prepared = await prepareBuild(io, paths, opts);
  if (typeof prepared === 'number') return prepared;
  if (!prepared.setup.formats.includes('html')) prepared.setup.formats.push('html');
  await buildOnce(prepared.setup, prepared.files);
  const site = siteServer(prepared.setup.outDir);
  site.server.listen(port, host);
  try {
    await Promise.race([once(site.server, 'listening'), once(site.server, 'error').then(([e]) => Promise.reject(e))]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`порт ${port} занят: укажите другой, например --port ${port + 1}.`);
    throw error;
  }
  const address = site.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  io.stdout.write(`Сайт: http://${shown}:${actual}/ — страницы обновятся сами после каждого сохранения.\n`);
  const code = await watchBuild(prepared.setup, prepared.targets, () => site.reload());
  await site.close();
  return code;
}
