import { createServer, type Server, type Socket } from "node:net";

/**
 * Just enough of a Neo4j server (Bolt 4.4 over TCP, PackStream v1) to see what
 * the store sends and to make it face a server that refuses the password,
 * lacks the database or goes away. It answers every query with no rows, or
 * with what `respond` makes of the query and its parameters (a test double of
 * the store's Cypher, such as fake-cypher.ts), so it checks operations
 * (connection, sessions, transactions, round trips, errors), not Cypher; the
 * contract suite does that against a real Neo4j.
 */

export interface ReceivedMessage {
  type: "HELLO" | "RUN" | "PULL" | "DISCARD" | "BEGIN" | "COMMIT" | "ROLLBACK" | "RESET" | "GOODBYE" | "ROUTE" | "OTHER";
  fields: unknown[];
}

export interface FakeBoltOptions {
  /** A failure code for every HELLO, e.g. Neo.ClientError.Security.Unauthorized. */
  helloFailure?: string;
  /** A failure code for every RUN, e.g. Neo.ClientError.Database.DatabaseNotFound. */
  runFailure?: string;
  agent?: string;
  /** The Bolt version the server agrees to; 4.4 unless given. */
  version?: { major: number; minor: number };
  /** The columns and rows of a query's answer; null or absent: no rows. */
  respond?: (query: string, params: Record<string, unknown>) => Answer | null | Promise<Answer | null>;
}

export interface Answer {
  fields: string[];
  rows: unknown[][];
}

const SIGNATURES: Record<number, ReceivedMessage["type"]> = {
  0x01: "HELLO",
  0x10: "RUN",
  0x3f: "PULL",
  0x2f: "DISCARD",
  0x11: "BEGIN",
  0x12: "COMMIT",
  0x13: "ROLLBACK",
  0x0f: "RESET",
  0x02: "GOODBYE",
  0x66: "ROUTE",
};

export class FakeBoltServer {
  readonly received: ReceivedMessage[] = [];
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly options: FakeBoltOptions = {}) {}

  /** Listens on the port given, or any free one; resolves to the port. */
  async start(port = 0): Promise<number> {
    const server = createServer((socket) => this.serve(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    return (server.address() as { port: number }).port;
  }

  /** Stops listening and drops every open connection, as a crashed server would. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  queries(): { query: string; extra: Record<string, unknown> }[] {
    return this.received
      .filter((message) => message.type === "RUN")
      .map((message) => ({ query: message.fields[0] as string, extra: message.fields[2] as Record<string, unknown> }));
  }

  private serve(socket: Socket): void {
    this.sockets.add(socket);
    socket.setNoDelay(true);
    socket.on("close", () => this.sockets.delete(socket));
    socket.on("error", () => {});
    let buffer = Buffer.alloc(0);
    let handshaken = false;
    let message: Buffer[] = [];
    let failed = false;
    /** Rows of the answers RUN has announced and PULL not yet sent, in order. */
    const streams: unknown[][][] = [];
    /** Messages are answered one after another, in order, even when an answer takes a while to compute. */
    let answered: Promise<void> = Promise.resolve();

    const answer = async (type: ReceivedMessage["type"], fields: unknown[]): Promise<void> => {
      if (failed && type !== "RESET" && type !== "GOODBYE") {
        socket.write(frame(0x7e, []));
        return;
      }
      switch (type) {
        case "HELLO":
          if (this.options.helloFailure) {
            socket.write(frame(0x7f, [{ code: this.options.helloFailure, message: "refused by the fake server" }]));
            failed = true;
          } else {
            socket.write(frame(0x70, [{ server: this.options.agent ?? "Neo4j/4.4.0", connection_id: "bolt-1" }]));
          }
          return;
        case "RUN": {
          if (this.options.runFailure) {
            socket.write(frame(0x7f, [{ code: this.options.runFailure, message: "refused by the fake server" }]));
            failed = true;
            return;
          }
          let result: Answer | null;
          try {
            result = (await this.options.respond?.(fields[0] as string, (fields[1] ?? {}) as Record<string, unknown>)) ?? null;
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            socket.write(frame(0x7f, [{ code: "Neo.ClientError.Statement.SyntaxError", message: `fake server: ${detail}` }]));
            failed = true;
            return;
          }
          streams.push(result?.rows ?? []);
          socket.write(frame(0x70, [{ fields: result?.fields ?? [], t_first: 0 }]));
          return;
        }
        case "PULL":
        case "DISCARD": {
          const rows = streams.shift() ?? [];
          if (type === "PULL") for (const row of rows) socket.write(frame(0x71, [row]));
          socket.write(frame(0x70, [{ type: "rw", t_last: 0, db: "neo4j" }]));
          return;
        }
        case "COMMIT":
          socket.write(frame(0x70, [{ bookmark: "fake:1" }]));
          return;
        case "RESET":
          failed = false;
          streams.length = 0;
          socket.write(frame(0x70, [{}]));
          return;
        case "GOODBYE":
          socket.end();
          return;
        default:
          socket.write(frame(0x70, [{}]));
      }
    };

    socket.on("data", (data) => {
      buffer = Buffer.concat([buffer, data]);
      if (!handshaken) {
        if (buffer.length < 20) return;
        buffer = buffer.subarray(20);
        handshaken = true;
        const { major, minor } = this.options.version ?? { major: 4, minor: 4 };
        socket.write(Buffer.from([0, 0, minor, major]));
      }
      while (buffer.length >= 2) {
        const size = buffer.readUInt16BE(0);
        if (buffer.length < 2 + size) return;
        const chunk = buffer.subarray(2, 2 + size);
        buffer = buffer.subarray(2 + size);
        if (size > 0) {
          message.push(chunk);
          continue;
        }
        const [struct] = unpack(Buffer.concat(message), 0);
        message = [];
        const { signature, fields } = struct as { signature: number; fields: unknown[] };
        const type = SIGNATURES[signature] ?? "OTHER";
        this.received.push({ type, fields });
        answered = answered.then(() => answer(type, fields));
      }
    });
  }
}

/** One Bolt message, split into chunks of at most 65,535 bytes. */
function frame(signature: number, fields: unknown[]): Buffer {
  const body = Buffer.concat([Buffer.from([0xb0 | fields.length, signature]), ...fields.map(pack)]);
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += 0xffff) {
    const chunk = body.subarray(at, at + 0xffff);
    const header = Buffer.alloc(2);
    header.writeUInt16BE(chunk.length);
    parts.push(header, chunk);
  }
  return Buffer.concat([...parts, Buffer.from([0, 0])]);
}

function sized(tiny: number, markers: [number, number, number], size: number): Buffer {
  if (size < 16) return Buffer.from([tiny | size]);
  if (size < 0x100) return Buffer.from([markers[0], size]);
  if (size < 0x10000) {
    const header = Buffer.alloc(3);
    header[0] = markers[1];
    header.writeUInt16BE(size, 1);
    return header;
  }
  const header = Buffer.alloc(5);
  header[0] = markers[2];
  header.writeUInt32BE(size, 1);
  return header;
}

function pack(value: unknown): Buffer {
  if (value === null || value === undefined) return Buffer.from([0xc0]);
  if (typeof value === "boolean") return Buffer.from([value ? 0xc3 : 0xc2]);
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= -16 && value < 128) return Buffer.from([value & 0xff]);
    const buffer = Buffer.alloc(9);
    if (Number.isInteger(value)) {
      buffer[0] = 0xcb;
      buffer.writeBigInt64BE(BigInt(value), 1);
    } else {
      buffer[0] = 0xc1;
      buffer.writeDoubleBE(value, 1);
    }
    return buffer;
  }
  if (typeof value === "string") {
    const bytes = Buffer.from(value, "utf8");
    return Buffer.concat([sized(0x80, [0xd0, 0xd1, 0xd2], bytes.length), bytes]);
  }
  if (Array.isArray(value)) return Buffer.concat([sized(0x90, [0xd4, 0xd5, 0xd6], value.length), ...value.map(pack)]);
  const entries = Object.entries(value as Record<string, unknown>);
  return Buffer.concat([sized(0xa0, [0xd8, 0xd9, 0xda], entries.length), ...entries.flatMap(([k, v]) => [pack(k), pack(v)])]);
}

function unpack(buffer: Buffer, at: number): [unknown, number] {
  const marker = buffer[at];
  const high = marker & 0xf0;
  const list = (count: number, from: number): [unknown[], number] => {
    const items: unknown[] = [];
    let next = from;
    for (let i = 0; i < count; i += 1) {
      const [item, after] = unpack(buffer, next);
      items.push(item);
      next = after;
    }
    return [items, next];
  };
  const map = (count: number, from: number): [Record<string, unknown>, number] => {
    const [items, next] = list(count * 2, from);
    const result: Record<string, unknown> = {};
    for (let i = 0; i < items.length; i += 2) result[items[i] as string] = items[i + 1];
    return [result, next];
  };
  const text = (length: number, from: number): [string, number] => [buffer.toString("utf8", from, from + length), from + length];
  if (marker < 0x80) return [marker, at + 1];
  if (marker >= 0xf0) return [marker - 0x100, at + 1];
  if (high === 0x80) return text(marker & 0x0f, at + 1);
  if (high === 0x90) return list(marker & 0x0f, at + 1);
  if (high === 0xa0) return map(marker & 0x0f, at + 1);
  if (high === 0xb0) {
    const [fields, next] = list(marker & 0x0f, at + 2);
    return [{ signature: buffer[at + 1], fields }, next];
  }
  switch (marker) {
    case 0xc0:
      return [null, at + 1];
    case 0xc1:
      return [buffer.readDoubleBE(at + 1), at + 9];
    case 0xc2:
      return [false, at + 1];
    case 0xc3:
      return [true, at + 1];
    case 0xc8:
      return [buffer.readInt8(at + 1), at + 2];
    case 0xc9:
      return [buffer.readInt16BE(at + 1), at + 3];
    case 0xca:
      return [buffer.readInt32BE(at + 1), at + 5];
    case 0xcb:
      return [Number(buffer.readBigInt64BE(at + 1)), at + 9];
    case 0xd0:
      return text(buffer[at + 1], at + 2);
    case 0xd1:
      return text(buffer.readUInt16BE(at + 1), at + 3);
    case 0xd2:
      return text(buffer.readUInt32BE(at + 1), at + 5);
    case 0xd4:
      return list(buffer[at + 1], at + 2);
    case 0xd5:
      return list(buffer.readUInt16BE(at + 1), at + 3);
    case 0xd8:
      return map(buffer[at + 1], at + 2);
    case 0xd9:
      return map(buffer.readUInt16BE(at + 1), at + 3);
    default:
      throw new Error(`fake Bolt server cannot read marker 0x${marker.toString(16)}`);
  }
}
