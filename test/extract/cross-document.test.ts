import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphBatch } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import { MemoryGraphStore } from "../../src/graph/memory/memory-store.js";
import { BatchView, ROOT, readBytes } from "./helpers.js";

/**
 * Three documents made up in the genre's wording (test/fixtures/cross-document):
 * Bến Tre's council resolution 124/2017/NQ-HĐND, its resolution 15/2018/NQ-HĐND
 * amending it (citing it as "… của Hội đồng nhân dân tỉnh", the issuer implied),
 * and the committee's decision 20/2018/QĐ-UBND carrying both out (citing them
 * with the issuer named, once as "HĐND tỉnh Bến Tre").
 */
const DIR = path.join(ROOT, "test/fixtures/cross-document");
const extract = (name: string) => extractDocument(readBytes(path.join(DIR, name)), { fileName: name });
const policy = new BatchView(extract("ben-tre-124-2017-nq-hdnd.txt"));
const amendment = new BatchView(extract("ben-tre-15-2018-nq-hdnd.txt"));
const decision = new BatchView(extract("ben-tre-20-2018-qd-ubnd.txt"));

describe("a document cited by others is one node whatever the order", () => {
  it("gives the numbered document the id its citations get, with the issuer implied or named", () => {
    expect(policy.batch.document.id).toBe("inst:124-2017-nq-hdnd@83");
    expect(amendment.edges("BASED_ON", { from: amendment.batch.document.id }).map((e) => e.to)).toContain("inst:124-2017-nq-hdnd@83");
    expect(decision.edges("BASED_ON", { from: decision.batch.document.id }).map((e) => e.to)).toContain("inst:124-2017-nq-hdnd@83");
    // "… theo Nghị quyết số 124/2017/NQ-HĐND ngày 08/12/2017 của HĐND tỉnh Bến Tre" in a task.
    expect(decision.instrumentByNumber("124/2017/NQ-HĐND").id).toBe("inst:124-2017-nq-hdnd@83");
    // "Thực hiện Nghị quyết số 15/2018/NQ-HĐND …": a basis the decision implements.
    expect(decision.edges("BASED_ON", { from: decision.batch.document.id }).map((e) => e.to)).toContain(amendment.batch.document.id);
    expect(decision.edges("IMPLEMENTS", { from: decision.batch.document.id }).map((e) => e.to)).toEqual([amendment.batch.document.id]);
  });

  it("walks a task's legal basis across documents, through the cited document's own Căn cứ, in either ingest order", async () => {
    for (const order of [[policy, amendment], [amendment, policy]]) {
      const store = new MemoryGraphStore();
      for (const v of order) await store.ingest(v.batch);
      const task = amendment.taskContaining("tiếp tục triển khai thực hiện Nghị quyết số 124/2017/NQ-HĐND");
      const [paths] = await store.legalBasis([task.id], 4);
      const reached = paths.map((p) => p.instrumentId);
      expect(reached).toContain("inst:124-2017-nq-hdnd@83");
      // Nghị định 193/2013/NĐ-CP is in 124/2017's Căn cứ only.
      const decree = paths.find((p) => p.instrumentId === "inst:193-2013-nd-cp");
      expect(decree?.steps.map((s) => s.relation)).toEqual(["CITES", "BASED_ON"]);
      expect((await store.stats()).nodes.Document).toBe(2);
      await store.close();
    }
  });
});

describe("what one document does to another", () => {
  const acts = (v: BatchView, type: "AMENDS" | "REPEALS" | "REPLACES" | "IMPLEMENTS") =>
    v.edges(type, { from: v.batch.document.id }).map((e) => ({ to: e.to, scope: e.scope ?? null, on: e.on ?? null }));

  it("amends the parts its clauses name, and repeals an article, on the day it takes effect", () => {
    expect(acts(amendment, "AMENDS")).toEqual([{ to: "inst:124-2017-nq-hdnd@83", scope: "khoản 2 Điều 2; khoản 4 Điều 2", on: "2018-07-22" }]);
    expect(acts(amendment, "REPEALS")).toEqual([{ to: "inst:124-2017-nq-hdnd@83", scope: "Điều 3", on: "2018-07-22" }]);
  });

  it("replaces an earlier decision, and knows from its citation's title what the amendment did", () => {
    expect(acts(decision, "REPLACES")).toEqual([{ to: "inst:08-2015-qd-ubnd@83", scope: null, on: "2018-08-15" }]);
    expect(decision.edges("AMENDS", { from: amendment.batch.document.id }).map((e) => ({ to: e.to, on: e.on }))).toEqual([{ to: "inst:124-2017-nq-hdnd@83", on: "2018-07-12" }]);
  });

  it("states no relation where a verb acts on no instrument ('tìm nhà đầu tư khác thay thế')", () => {
    const relations = decision.batch.edges.filter((e) => ["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"].includes(e.type));
    expect(relations.map((e) => `${e.type} ${e.from} ${e.to}`).sort()).toEqual([
      `AMENDS ${amendment.batch.document.id} inst:124-2017-nq-hdnd@83`,
      `IMPLEMENTS ${decision.batch.document.id} ${amendment.batch.document.id}`,
      `REPLACES ${decision.batch.document.id} inst:08-2015-qd-ubnd@83`,
    ]);
  });

  it("leaves the new wording an amendment quotes as its own clauses, not split at the quotation", () => {
    expect(amendment.nodes("Task").some((t) => t.text.endsWith("“4."))).toBe(false);
  });
});

describe("a copy cut off before its end", () => {
  const text = readBytes(path.join(DIR, "ben-tre-124-2017-nq-hdnd.txt")).toString("utf8");
  const warnings = (b: GraphBatch) => (b.warnings ?? []).map((w) => ({ code: w.code, quoted: w.source ? b.document.text.slice(w.source.start, w.source.end) : null }));

  it("says a text cut mid-sentence, with no closing, looks truncated, and extracts what it holds", () => {
    const cut = text.slice(0, text.indexOf("mỗi hợp tác xã không quá"));
    const batch = extractDocument(cut, { fileName: "cut.txt" });
    expect(warnings(batch)).toEqual([{ code: "TRUNCATED", quoted: "2. Hỗ trợ đầu tư kết cấu hạ tầng cho 20 hợp tác xã nông nghiệp tại huyện Mỏ Cày Bắc và huyện Chợ Lách," }]);
    expect(batch.warnings![0].message).toMatch(/stops mid-sentence .* no closing formula, signature or list of recipients/);
    expect(batch.nodes.filter((n) => n.kind === "Task").length).toBeGreaterThan(0);
  });

  it("says nothing of the whole text", () => {
    expect(policy.batch.warnings).toEqual([]);
  });
});
