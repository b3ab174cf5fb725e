import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The address the open pages listen on for «the site was rebuilt». */
const RELOAD_PATH = '/__roadmap/reload';

/**
 * Served pages only (never written to out/): the page reloads when the server says the site was rebuilt, and
 * reconnects on its own while the server restarts.
 */
const RELOAD_SNIPPET = `<script>new EventSource('${RELOAD_PATH}').addEventListener('reload', function () { location.reload(); });</script>`;

export interface SiteServer {
  server: Server;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

/** A static server of the output folder for the local preview; nothing outside the folder is served. */
export function siteServer(root: string): SiteServer {
  const clients = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === RELOAD_PATH) {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write('retry: 500\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    void serveFile(root, decodeURIComponentSafe(url.pathname), req.method === 'HEAD', res);
  });
  return {
    server,
    reload() {
      for (const c of clients) c.write('event: reload\ndata: 1\n\n');
    },
    close: () =>
      new Promise((done) => {
        for (const c of clients) c.end();
        clients.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

async function serveFile(root: string, pathname: string | null, head: boolean, res: ServerResponse): Promise<void> {
  const base = resolve(root);
  let path = pathname === null ? null : resolve(join(base, pathname));
  if (path === null || (path !== base && !path.startsWith(base + sep))) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Не найдено.\n');
    return;
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (type.startsWith('text/html')) {
      const html = (await readFile(path, 'utf8')).replace(/<\/body>/i, `${RELOAD_SNIPPET}\n</body>`);
      res.writeHead(200, headers).end(head ? undefined : html);
    } else {
      res.writeHead(200, { ...headers, 'content-length': statSync(path).size });
      if (head) res.end();
      else createReadStream(path).pipe(res);
    }
  } catch {
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Не найдено. Возможно, сборка ещё не закончилась.\n');
  }
}

function decodeURIComponentSafe(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
