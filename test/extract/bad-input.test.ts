import { describe, expect, it } from "vitest";
import { BadDocumentError } from "../../src/domain/errors.js";
import { extractDocument } from "../../src/extract/index.js";
import { BatchView, SEED_FILE, readBytes } from "./helpers.js";

function rejection(input: string | Uint8Array): BadDocumentError {
  try {
    extractDocument(input, { fileName: "input.txt" });
  } catch (error) {
    expect(error).toBeInstanceOf(BadDocumentError);
    return error as BadDocumentError;
  }
  throw new Error("the extractor accepted the input");
}

describe("bad input gets a clear error naming the problem", () => {
  it("rejects an empty file", () => {
    expect(rejection(new Uint8Array()).message).toMatch(/input\.txt.*empty/);
    expect(rejection("").message).toMatch(/empty/);
  });

  it("rejects a file of whitespace", () => {
    expect(rejection(" \n\t\r\n  ").message).toMatch(/empty or contains only whitespace/);
  });

  it("rejects binary data", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(rejection(bytes).message).toMatch(/binary/);
  });

  it("rejects text that is not UTF-8 (Latin-1 bytes)", () => {
    const latin1 = Uint8Array.from(Buffer.from("Nghị quyết về việc… Điều 1. Thống nhất", "latin1"));
    expect(rejection(latin1).message).toMatch(/not valid UTF-8/);
  });

  it("rejects text without the structure of a legal document", () => {
    const prose = "Hôm nay trời đẹp. Chúng tôi đi chơi công viên và ăn kem.\nNgày mai sẽ mưa.";
    expect(rejection(prose).message).toMatch(/no recognisable structure/);
  });

  it("rejects a kind line without any article", () => {
    expect(rejection("NGHỊ QUYẾT\nVỀ VIỆC GÌ ĐÓ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").message).toMatch(/no articles/);
  });

  it("says UTF-16 text is UTF-16 and to re-save it as UTF-8, with or without a byte order mark", () => {
    const seed = readBytes(SEED_FILE).toString("utf8");
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, "utf16le")]);
    expect(rejection(littleEndian).message).toBe("The document (input.txt) is UTF-16 (little-endian) text: re-save it as UTF-8.");
    const bigEndian = Buffer.from(seed, "utf16le").swap16();
    expect(rejection(bigEndian).message).toMatch(/UTF-16 \(big-endian\).*re-save it as UTF-8/);
    expect(rejection(Buffer.from(seed, "utf16le")).message).toMatch(/UTF-16 \(little-endian\)/);
  });

  it("never returns a half graph: the error code is BAD_DOCUMENT", () => {
    expect(rejection(new Uint8Array([0xff, 0xfe, 0x00, 0x41])).code).toBe("BAD_DOCUMENT");
    expect(rejection(new Uint8Array([0x89, 0x50, 0x00, 0x0d])).code).toBe("BAD_DOCUMENT");
  });

  it("reads a degenerate document of 30,000 `Điều 1.` lines in seconds: extraction is linear in its length", () => {
    // Quadratic steps took about 40 s for this input; linear extraction takes well under one.
    const started = performance.now();
    const batch = extractDocument(`NGHỊ QUYẾT\nVỀ VIỆC THỬ NGHIỆM\n${"Điều 1.\n".repeat(30_000)}`);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(batch.nodes.filter((n) => n.kind === "Provision")).toHaveLength(30_000);
  });
});

describe("input as found gives the same graph", () => {
  const seedText = readBytes(SEED_FILE).toString("utf8");
  const reference = extractDocument(seedText, { fileName: "seed.txt" });
  const shape = (batch: ReturnType<typeof extractDocument>) => ({
    nodes: batch.nodes.map((n) => n.id),
    edges: batch.edges.map((e) => `${e.type} ${e.from} ${e.to} ${e.role ?? ""}`),
    text: batch.document.text,
  });

  it("NFD input gives the same graph as NFC", () => {
    const nfd = extractDocument(seedText.normalize("NFD"), { fileName: "seed.txt" });
    expect(shape(nfd)).toEqual(shape(reference));
  });

  it("CRLF line ends and a BOM give the same graph as LF", () => {
    const crlf = extractDocument(`\uFEFF${seedText.replace(/\n/g, "\r\n")}`, { fileName: "seed.txt" });
    expect(shape(crlf)).toEqual(shape(reference));
  });

  it("bytes and string give the same graph", () => {
    expect(shape(extractDocument(readBytes(SEED_FILE), { fileName: "seed.txt" }))).toEqual(shape(reference));
  });

  it("a page flattened to one line keeps its articles, points, citations and places", () => {
    const flat = new BatchView(extractDocument(seedText.replace(/\s*\n\s*/g, " "), { fileName: "flat.txt" }));
    const original = new BatchView(reference);
    expect(flat.nodes("Provision").filter((p) => p.level === "ARTICLE").map((p) => p.path)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    expect(flat.nodes("Provision").filter((p) => p.path.startsWith("Điều 2 > khoản 2 > điểm")).map((p) => p.label)).toEqual(original.nodes("Provision").filter((p) => p.path.startsWith("Điều 2 > khoản 2 > điểm")).map((p) => p.label));
    expect(flat.nodes("LegalInstrument").map((i) => i.id)).toEqual(original.nodes("LegalInstrument").map((i) => i.id));
    expect(flat.tasksIn("place:838")).toHaveLength(2);
    expect(flat.batch.document).toMatchObject({ adoptedOn: "2023-07-05", effectiveFrom: "2023-07-15", signer: "Huỳnh Quang Triệu" });
  });

  it("is deterministic: the same ids twice", () => {
    const again = extractDocument(seedText, { fileName: "seed.txt" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(reference));
  });
});
