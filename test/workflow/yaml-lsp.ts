import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO } from '../helpers/cli.js';

/** The parts of LSP messages the tests read. */
export interface LspDiagnostic {
  range: { start: { line: number; character: number } };
  message: string;
  severity?: number;
}

export interface LspCompletionItem {
  label: string;
  documentation?: string | { kind: string; value: string };
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

const SETTINGS = {
  yaml: {
    validate: true,
    completion: true,
    hover: true,
    schemas: {},
    schemaStore: { enable: false },
    format: { enable: false },
  },
};

/**
 * The real `yaml-language-server` (what the VS Code YAML extension runs) over stdio, as an editor drives it:
 * initialize, open documents, read the diagnostics it publishes, ask for completions. The documents are real
 * files, so their `# yaml-language-server: $schema=…` modeline resolves the way it does in the editor.
 */
export class YamlLanguageServer {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: Message) => void>();
  private readonly diagnostics = new Map<string, LspDiagnostic[]>();
  private readonly waiters = new Map<string, ((d: LspDiagnostic[]) => void)[]>();

  constructor() {
    const bin = join(REPO, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
    this.child = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  async start(rootDir: string): Promise<void> {
    await this.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootDir).href,
      capabilities: {
        workspace: { configuration: true },
        textDocument: {
          completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: {},
        },
      },
    });
    this.notify('initialized', {});
    this.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
  }

  /** Opens a file and resolves with the first diagnostics the server publishes for it. */
  open(file: string, text: string): Promise<LspDiagnostic[]> {
    const uri = pathToFileURL(file).href;
    const published = new Promise<LspDiagnostic[]>((resolve) => {
      this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]);
    });
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }

  async complete(file: string, line: number, character: number): Promise<LspCompletionItem[]> {
    const result = (await this.request('textDocument/completion', {
      textDocument: { uri: pathToFileURL(file).href },
      position: { line, character },
    })) as { items: LspCompletionItem[] } | LspCompletionItem[] | null;
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null).catch(() => undefined);
    this.notify('exit', null);
    this.child.kill();
  }

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.handle(JSON.parse(body) as Message);
    }
  }

  private handle(m: Message): void {
    if (m.method === undefined && m.id !== undefined) {
      this.pending.get(m.id)?.(m);
      this.pending.delete(m.id);
      return;
    }
    if (m.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = m.params as { uri: string; diagnostics: LspDiagnostic[] };
      this.diagnostics.set(uri, diagnostics);
      const waiting = this.waiters.get(uri) ?? [];
      this.waiters.delete(uri);
      for (const w of waiting) w(diagnostics);
      return;
    }
    // Requests from the server: the settings it asks for, and capability registrations it wants acknowledged.
    if (m.id !== undefined) {
      const result =
        m.method === 'workspace/configuration'
          ? (m.params as { items: { section?: string }[] }).items.map((i) =>
              i.section ? ((SETTINGS as Record<string, unknown>)[i.section] ?? null) : SETTINGS,
            )
          : null;
      this.send({ jsonrpc: '2.0', id: m.id, result });
    }
  }
}
