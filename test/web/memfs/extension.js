// A writable in-memory file system for the scheme memfs:, seeded from seed.json beside this file
// ({ "files": { "/workspace/plans/a.partner-strategy.yaml": "text", ... } }). It runs in the web worker extension host,
// as the file systems of github.dev and vscode.dev do: no Node, no disk.

const vscode = require('vscode');

class Entry {
  constructor(type) {
    this.type = type;
    this.ctime = this.mtime = Date.now();
    this.size = 0;
    this.data = new Uint8Array(0);
    this.children = new Map();
  }
}

class MemFs {
  constructor() {
    this.root = new Entry(vscode.FileType.Directory);
    /** Every call waits for the seed. */
    this.ready = Promise.resolve();
    this.emitter = new vscode.EventEmitter();
    this.onDidChangeFile = this.emitter.event;
  }
  lookup(uri, create) {
    const parts = uri.path.split('/').filter(Boolean);
    let entry = this.root;
    for (const [index, part] of parts.entries()) {
      let next = entry.type === vscode.FileType.Directory ? entry.children.get(part) : undefined;
      if (!next && create) {
        next = new Entry(index === parts.length - 1 ? create : vscode.FileType.Directory);
        entry.children.set(part, next);
      }
      if (!next) throw vscode.FileSystemError.FileNotFound(uri);
      entry = next;
    }
    return entry;
  }
  watch() {
    return new vscode.Disposable(() => {});
  }
  async stat(uri) {
    await this.ready;
    const { type, ctime, mtime, size } = this.lookup(uri);
    return { type, ctime, mtime, size };
  }
  async readDirectory(uri) {
    await this.ready;
    return [...this.lookup(uri).children].map(([name, entry]) => [name, entry.type]);
  }
  async readFile(uri) {
    await this.ready;
    const entry = this.lookup(uri);
    if (entry.type === vscode.FileType.Directory) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }
  async writeFile(uri, content, { create, overwrite }) {
    await this.ready;
    let exists = true;
    try {
      this.lookup(uri);
    } catch {
      exists = false;
    }
    if (!exists && !create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !overwrite) throw vscode.FileSystemError.FileExists(uri);
    const entry = this.lookup(uri, vscode.FileType.File);
    entry.data = content;
    entry.size = content.byteLength;
    entry.mtime = Date.now();
    this.emitter.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }
  async createDirectory(uri) {
    await this.ready;
    this.lookup(uri, vscode.FileType.Directory);
  }
  async delete(uri) {
    await this.ready;
    const parent = this.lookup(uri.with({ path: uri.path.replace(/\/[^/]+$/, '') || '/' }));
    if (!parent.children.delete(uri.path.split('/').pop())) throw vscode.FileSystemError.FileNotFound(uri);
    this.emitter.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }
  async rename(from, to) {
    const data = await this.readFile(from);
    await this.writeFile(to, data, { create: true, overwrite: true });
    await this.delete(from);
  }
}

exports.activate = (context) => {
  const fs = new MemFs();
  fs.ready = (async () => {
    const seed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'seed.json'))));
    const encoder = new TextEncoder();
    for (const [path, text] of Object.entries(seed.files)) {
      const entry = fs.lookup(vscode.Uri.from({ scheme: 'memfs', path }), vscode.FileType.File);
      entry.data = encoder.encode(text);
      entry.size = entry.data.byteLength;
    }
  })();
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider('memfs', fs, { isCaseSensitive: true }));
};
