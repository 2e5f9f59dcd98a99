/**
 * The MCP server's stdio transport: one JSON-RPC message a line, as the SDK's own, but it decides itself what a line
 * that is too large or not JSON-RPC gets, where the SDK's read buffer ends the server without a word. A line over the
 * limit is dropped as it streams in (never held whole) and answered with an error carrying its id where the line's start
 * or end gives it; a line that is not JSON a parse error; JSON that is no JSON-RPC message an invalid-request error.
 * The server keeps serving after each. Nothing but protocol is written to standard output.
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** JSON-RPC 2.0's error codes. */
export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

/** How much of an oversized line's start and end is kept to find its id. */
const EDGE_BYTES = 512;

type Id = string | number | null;

export class LineTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;

  private chunks: Buffer[] = [];
  private length = 0;
  /** While an oversized line streams in: its first bytes and its last ones, for its id. */
  private dropping: { head: Buffer; tail: Buffer } | undefined;
  private closed = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly output: NodeJS.WritableStream,
    /** The largest line read, in bytes. */
    readonly maxLineBytes: number,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('error', this.onInputError);
    this.input.on('end', this.onEnd);
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((done) => {
      if (this.output.write(`${JSON.stringify(message)}\n`)) done();
      else this.output.once('drain', done);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('error', this.onInputError);
    this.input.off('end', this.onEnd);
    this.chunks = [];
    this.onclose?.();
  }

  private readonly onEnd = (): void => {
    void this.close();
  };

  /** Standard input failed: nothing more can come, and the server stops (its caller says why). */
  private readonly onInputError = (error: Error): void => {
    this.onerror?.(error);
    void this.close();
  };

  private readonly onData = (data: Buffer | string): void => {
    let chunk = typeof data === 'string' ? Buffer.from(data) : data;
    for (let newline = chunk.indexOf(10); ; newline = chunk.indexOf(10)) {
      const part = newline < 0 ? chunk : chunk.subarray(0, newline);
      this.take(part);
      if (newline < 0) return;
      this.endLine();
      chunk = chunk.subarray(newline + 1);
    }
  };

  /** Adds bytes to the line being read, or to the edges of one being dropped. */
  private take(part: Buffer): void {
    if (part.length === 0) return;
    if (!this.dropping && this.length + part.length > this.maxLineBytes) {
      const head = Buffer.concat(this.chunks).subarray(0, EDGE_BYTES);
      this.dropping = { head: head.length < EDGE_BYTES ? Buffer.concat([head, part]).subarray(0, EDGE_BYTES) : head, tail: Buffer.alloc(0) };
      this.chunks = [];
      this.length = 0;
    }
    if (this.dropping) {
      this.dropping.tail = Buffer.concat([this.dropping.tail, part]).subarray(-EDGE_BYTES);
      return;
    }
    this.chunks.push(part);
    this.length += part.length;
  }

  private endLine(): void {
    if (this.dropping) {
      const { head, tail } = this.dropping;
      this.dropping = undefined;
      this.reply(
        idIn(head.toString('utf8'), tail.toString('utf8')),
        INVALID_REQUEST,
        `the message is larger than ${this.maxLineBytes} bytes, the most this server reads`,
      );
      return;
    }
    const line = Buffer.concat(this.chunks).toString('utf8').replace(/\r$/, '');
    this.chunks = [];
    this.length = 0;
    if (line.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.reply(null, PARSE_ERROR, 'the line is not JSON');
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(json);
    if (!parsed.success) {
      const id = typeof json === 'object' && json !== null && Object.hasOwn(json, 'id') ? (json as { id: unknown }).id : null;
      this.reply(
        typeof id === 'string' || typeof id === 'number' ? id : null,
        INVALID_REQUEST,
        'the message is not a JSON-RPC 2.0 request, notification or response',
      );
      return;
    }
    this.onmessage?.(parsed.data);
  }

  private reply(id: Id, code: number, message: string): void {
    void this.send({ jsonrpc: '2.0', id, error: { code, message } } as unknown as JSONRPCMessage);
  }
}

/**
 * The id of a message seen only by its edges: a top-level `"id"` written first (`{"jsonrpc":"2.0","id":7,…`) or last
 * (`…,"id":7}`, as the SDK's clients write it); null when neither edge shows one.
 */
export function idIn(head: string, tail: string): Id {
  const value = String.raw`(-?\d{1,16}|"(?:[^"\\]|\\.){0,200}")`;
  const first = new RegExp(String.raw`^\s*\{\s*(?:"jsonrpc"\s*:\s*"2\.0"\s*,\s*)?"id"\s*:\s*${value}\s*[,}]`).exec(head);
  const last = new RegExp(String.raw`,\s*"id"\s*:\s*${value}\s*\}\s*$`).exec(tail.replace(/\r$/, ''));
  const found = first?.[1] ?? last?.[1];
  if (found === undefined) return null;
  return found.startsWith('"') ? (JSON.parse(found) as string) : Number(found);
}
