/**
 * What instruments do to one another, as the genre states it:
 * AMENDS (`sửa đổi, bổ sung`, `điều chỉnh`), REPLACES (`thay thế`), REPEALS
 * (`bãi bỏ`, `hủy bỏ`, `chấm dứt hiệu lực`, `… hết hiệu lực`), GUIDES (`quy
 * định chi tiết`, `hướng dẫn`), IMPLEMENTS (`thực hiện`, `triển khai`), each
 * with the part of the target the text names (`khoản 2 Điều 8`) and the date
 * it took effect when the text gives it.
 *
 * Who acts:
 * - the document itself, in its operative part, when the verb opens a
 *   clause (`Điều 2. Bãi bỏ Nghị quyết số …`, `3. Thay thế Phụ lục …`) that
 *   no lead-in assigns to someone else (`Giao Sở X: … sửa đổi Quyết định …`
 *   is a task), or when the document is the subject (`Quyết định này có hiệu
 *   lực … và thay thế Quyết định số …`, `Nghị quyết này quy định chi tiết …`);
 *   its preamble's `Thực hiện …` lines (IMPLEMENTS);
 * - a cited instrument, when its title opens with the verb (`Nghị định số
 *   100/2013/NĐ-CP … về sửa đổi, bổ sung một số điều của Nghị định số
 *   11/2010/NĐ-CP`).
 * The objects are the instruments that follow the verb, through the words
 * that name a part of them (`khoản 4, Điều 1,`, `Mục IV Quy định ban hành
 * kèm theo`, `việc thu … quy định tại`), in a list (`…, … và …`); another
 * verb after `và` acts for the same subject. A verb with no instrument after
 * it (`tìm nhà đầu tư khác thay thế`) states no relation. An article that
 * amends an instrument (`Sửa đổi, bổ sung một số điều của Nghị quyết số …
 * như sau:`) passes it to its clauses (`1. Sửa đổi khoản 2 Điều 2 …`, `2. Bãi
 * bỏ Điều 5`), which give the scope.
 */
import type { IsoDate, RelationType } from "../domain/model.js";
import type { CitationMention } from "./find-citations.js";
import type { PreambleBlock } from "./parse-header.js";
import type { Span } from "./parse-structure.js";
import type { ProvisionTree } from "./provision-tree.js";
import { SpanIndex } from "./span-index.js";

export type InstrumentRelationType = Extract<RelationType, "AMENDS" | "REPLACES" | "REPEALS" | "GUIDES" | "IMPLEMENTS">;

export interface FoundRelation {
  type: InstrumentRelationType;
  from: string;
  to: string;
  scope: string | null;
  on: IsoDate | null;
  /** From the verb to the end of the object: the words that state it. */
  source: Span;
}

export interface RelationContext {
  text: string;
  documentId: string;
  /** When the document's relations took effect: its effective date, else its adoption. */
  documentDate: IsoDate | null;
  citations: readonly CitationMention[];
  tree: ProvisionTree;
  preamble: readonly PreambleBlock[];
  /** Provisions whose lead-in gives their items to a body (`Giao Sở X:`): the items are that body's tasks. */
  assigned: ReadonlySet<number>;
}

interface Verb {
  type: InstrumentRelationType;
  start: number;
  end: number;
  /** Amending, replacing and repealing may open a clause on their own; guiding and implementing need the document as subject. */
  strong: boolean;
}

const VERB_WORDS: [string, InstrumentRelationType][] = [
  ["sửa đổi, bổ sung", "AMENDS"],
  ["sửa đổi và bổ sung", "AMENDS"],
  ["điều chỉnh, bổ sung", "AMENDS"],
  ["sửa đổi", "AMENDS"],
  ["bổ sung", "AMENDS"],
  ["điều chỉnh", "AMENDS"],
  ["thay thế", "REPLACES"],
  ["bãi bỏ", "REPEALS"],
  ["hủy bỏ", "REPEALS"],
  ["huỷ bỏ", "REPEALS"],
  ["chấm dứt hiệu lực", "REPEALS"],
  ["quy định chi tiết", "GUIDES"],
  ["hướng dẫn", "GUIDES"],
  ["triển khai thực hiện", "IMPLEMENTS"],
  ["tổ chức thực hiện", "IMPLEMENTS"],
  ["thực hiện", "IMPLEMENTS"],
  ["triển khai", "IMPLEMENTS"],
];

/** A verb at a position, in either case, across line breaks. */
const VERB_AT = new RegExp(`^(?:${VERB_WORDS.map(([w]) => `(${wordsPattern(w)})`).join("|")})(?![\\p{L}])`, "iu");
const VERB_ANYWHERE = new RegExp(`(?<![\\p{L}])(?:${VERB_WORDS.map(([w]) => wordsPattern(w)).join("|")})(?![\\p{L}])`, "giu");

function wordsPattern(words: string): string {
  return words.replace(/,/g, ",?").replace(/ /g, "\\s+");
}

function verbAt(text: string, at: number): Verb | null {
  const m = VERB_AT.exec(text.slice(at, at + 40));
  if (!m) return null;
  const index = m.slice(1).findIndex((g) => g !== undefined);
  const type = VERB_WORDS[index][1];
  return { type, start: at, end: at + m[0].length, strong: type === "AMENDS" || type === "REPLACES" || type === "REPEALS" };
}

/** The document as the subject of the clause: "Nghị quyết này …", "Quyết định này có hiệu lực … và …". */
const THIS_INSTRUMENT = /^(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Kế\s+hoạch|Chương\s+trình|Quy\s+định|Quy\s+chế)\s+này(?:\s+[^;:]*?(?:,|\s(?:và|đồng\s+thời)))?\s*$/iu;
/** What may open a clause before its verb: a list mark, a marker glued to it (`1.Sửa đổi`), `Đồng thời`. */
const CLAUSE_OPENING = /^(?:[-+•*“"]\s*|\d{1,2}\.\s*|[a-zđ]\)\s*)?(?:(?:đồng\s+thời|Đồng\s+thời),?\s*)?$/u;

/** Part of an instrument: `khoản 2, khoản 3 Điều 5`, `Điểm b3 Khoản 1 Điều 1`, `mục D, Phụ lục 1`, `Phụ lục số 03`. */
const PART_WORDS: [RegExp, string, number][] = [
  [/^tiết$/iu, "tiết", 0],
  [/^điểm$/iu, "điểm", 1],
  [/^khoản$/iu, "khoản", 2],
  [/^điều$/iu, "Điều", 3],
  [/^mục$/iu, "Mục", 4],
  [/^chương$/iu, "Chương", 5],
  [/^phần$/iu, "Phần", 6],
  [/^phụ\s+lục$/iu, "Phụ lục", 7],
];
const PART_ID = String.raw`(?:[IVXLC]+|\d+(?:\.\d+)*[a-zđ]?\d*|[a-zđA-ZĐ]\d*)(?![\p{L}\d])`;
const PART_RE = new RegExp(String.raw`^[\s,]*(?:(?:và|vào|của|tại)\s+)?(tiết|điểm|khoản|điều|mục|chương|phần|phụ\s+lục)\s+(?:số\s+)?(${PART_ID})`, "iu");
const PART_LIST_RE = new RegExp(String.raw`^\s*(?:,|và(?![\p{L}]))\s*(${PART_ID})(?=\s*(?:,|và|\s))`, "u");

interface Scope {
  text: string;
  end: number;
}

/** The parts named at the start of `words`, normalised (`Khoản 4, Điều 1,` → `khoản 4 Điều 1`). */
function readScope(words: string): Scope | null {
  const parts: { label: string; level: number }[] = [];
  let rest = words;
  let consumed = 0;
  let out = "";
  for (;;) {
    const m = PART_RE.exec(rest);
    if (!m) break;
    const [, word, id] = m;
    const [, label, level] = PART_WORDS.find(([re]) => re.test(word.replace(/\s+/g, " ")))!;
    const previous = parts.at(-1);
    out += previous ? (level > previous.level ? " " : ", ") : "";
    out += `${label} ${id}`;
    parts.push({ label, level });
    rest = rest.slice(m[0].length);
    consumed += m[0].length;
    for (let list = PART_LIST_RE.exec(rest); list; list = PART_LIST_RE.exec(rest)) {
      out += `, ${list[1]}`;
      rest = rest.slice(list[0].length);
      consumed += list[0].length;
    }
  }
  return parts.length ? { text: out, end: consumed } : null;
}

/** What may stand between a verb (or the previous object) and the next instrument, and the scope it names. */
function objectWords(segment: string, first: boolean): { scope: string | null } | null {
  let rest = segment.replace(/\s+/g, " ");
  if (rest.length > 400 || /[;:]|\.\s/.test(rest)) return null;
  if (!first) {
    const list = /^\s*(?:,\s*(?:và\s+)?|và\s+)/u.exec(rest);
    if (!list) return null;
    rest = rest.slice(list[0].length);
  }
  rest = rest.replace(/^[\s,]+/u, "");
  let partial = false;
  const amount = /^(toàn bộ|một phần)\s+/iu.exec(rest);
  if (amount) {
    partial = amount[1].toLowerCase() === "một phần";
    rest = rest.slice(amount[0].length);
  }
  // "một số điều của", "các nội dung quy định tại", "thi hành một số điều của", "việc thu … quy định tại".
  rest = rest.replace(/^(?:(?:thi hành|việc thi hành|và hướng dẫn thi hành)\s+)?(?:(?:một số|các)\s+(?:điều|nội dung|điều,?\s*khoản)(?:\s+và\s+biện pháp thi hành)?\s*)?(?:(?:đã\s+được\s+|được\s+)?quy định\s+)?(?:của|tại)?\s*/iu, "");
  const regulated = /^[^;:]{0,200}?\s(?:được\s+)?quy định\s+tại\s+/iu.exec(rest);
  if (regulated && (readScope(rest.slice(regulated[0].length)) || rest.slice(regulated[0].length).trim() === "")) rest = rest.slice(regulated[0].length);
  const scope = readScope(rest);
  if (scope) rest = rest.slice(scope.end);
  rest = rest.replace(/^[\s,]*(?:(?:của|tại|thuộc)\s+)?/u, "");
  // The annex the part belongs to, or the part's own title: "Quy định … ban hành kèm theo", "Phụ lục số 03 - Tỷ lệ … ban hành kèm theo".
  const annex = scope ? /^(?:[-–]\s*)?(?:[^;:]{0,250}?\s)?(?:(?:được\s+)?ban hành\s+)?kèm theo\s*$/u : /^(?:(?:Quy định|Quy chế|Điều lệ|Phụ lục|Danh mục|Bảng giá|Biểu)(?:\s[^;:]{0,250}?)?\s+)?(?:(?:được\s+)?ban hành\s+)?(?:kèm theo\s*)?$/u;
  rest = rest.replace(annex, "");
  if (rest.trim() !== "") return null;
  return { scope: scope?.text ?? (partial ? "một phần" : null) };
}

export class RelationFinder {
  private readonly text: string;
  /** Every citation but the targets of a law's amendment, nested ones (in a title) included, by start. */
  private readonly cited: readonly CitationMention[];
  private readonly starts: number[];
  /** Where the relation a citation's title states ends (its list of objects may run past the title). */
  private readonly titleChainEnd = new Map<CitationMention, number>();
  private titleChains = new SpanIndex<Span>([]);
  private readonly found: FoundRelation[] = [];

  constructor(private readonly ctx: RelationContext) {
    this.text = ctx.text;
    this.cited = new SpanIndex(ctx.citations.filter((c) => !c.amendTarget)).items;
    this.starts = this.cited.map((c) => c.start);
  }

  findAll(): FoundRelation[] {
    this.findInTitles();
    this.findInPreamble();
    this.findInOperativePart();
    return this.found;
  }

  /** What a cited instrument's title says it does: `… về sửa đổi, bổ sung một số điều của Nghị định số …`. */
  private findInTitles(): void {
    const chains: Span[] = [];
    for (const c of this.cited) {
      if (c.titleStart === null || !c.normalizedNumber || c.instrumentKind === "LAW" || c.instrumentKind === "CODE") continue;
      let at = c.titleStart;
      // "Chương trình … về thực hiện …", "Kế hoạch triển khai thực hiện …": the title may open with the plan's own kind.
      const own = /^(?:kế\s+hoạch|chương\s+trình(?:\s+hành\s+động)?)\s+(?:về\s+)?(?=[\p{L}])/iu.exec(this.text.slice(at, at + 40));
      if (own) at += own[0].length;
      const verb = verbAt(this.text, at);
      if (!verb) continue;
      const end = this.readChain(verb, c.id, c.issuedOn, c.end + 400);
      if (this.found.some((r) => r.from === c.id)) {
        this.titleChainEnd.set(c, end);
        chains.push({ start: c.titleStart, end });
      }
    }
    this.titleChains = new SpanIndex(chains);
  }

  /** `Thực hiện Nghị quyết số …` in the preamble: the document implements it. */
  private findInPreamble(): void {
    for (const block of this.ctx.preamble) {
      const verb = verbAt(this.text, block.start);
      if (verb?.type === "IMPLEMENTS") this.readChain(verb, this.ctx.documentId, this.ctx.documentDate, block.end);
    }
  }

  private findInOperativePart(): void {
    /** The instruments each provision's own words act on. */
    const targets = new Map<number, Map<string, boolean>>();
    this.ctx.tree.provisions.forEach((p, index) => {
      if (p.ownEnd <= p.bodyStart) return;
      /** Target → whether the words that named it also named a part of it. */
      const own = new Map<string, boolean>();
      targets.set(index, own);
      const zone = this.text.slice(p.bodyStart, p.ownEnd);
      let consumedUntil = p.bodyStart;
      for (const m of zone.matchAll(VERB_ANYWHERE)) {
        const at = p.bodyStart + m.index;
        if (at < consumedUntil || this.insideCitation(at) || this.titleChains.covers(at)) continue;
        const verb = verbAt(this.text, at);
        const clause = verb ? this.clauseBefore(at, p.bodyStart) : null;
        if (!verb || !clause || !this.documentActs(verb, clause.words, index)) continue;
        const before = this.found.length;
        consumedUntil = this.readChain(verb, this.ctx.documentId, this.ctx.documentDate, p.ownEnd);
        for (const r of this.found.slice(before)) own.set(r.to, (own.get(r.to) ?? false) || r.scope !== null);
        if (this.found.length > before) continue;
        // No instrument after the verb: the one this provision or its parent acts on, when there is one ("1. Sửa đổi khoản 2 Điều 2 như sau:").
        const inherited = own.size ? own : p.parent !== null ? targets.get(p.parent) : undefined;
        if (inherited?.size === 1) {
          const [[target, scoped]] = [...inherited];
          // Where the parts were named with the instrument already ("Sửa đổi điểm b, khoản 1 … của Nghị quyết số X, cụ thể: 1. Sửa đổi điểm b …").
          if (!scoped) this.scopedContinuation(verb, target, p.ownEnd);
        } else if (/:\s*$/.test(zone)) this.listedObjects(verb, index);
      }
      this.endOfEffect(p.bodyStart, p.ownEnd);
    });
  }

  /** The verb opens its clause in the document's own voice, or the document is its subject. */
  private documentActs(verb: Verb, prefix: string, provision: number): boolean {
    if (THIS_INSTRUMENT.test(prefix)) return true;
    if (!verb.strong || !CLAUSE_OPENING.test(prefix)) return false;
    return !this.ctx.tree.selfAndAncestors(provision).some((i) => i !== provision && this.ctx.assigned.has(i));
  }

  /** The start of the clause `at` stands in and the words before it (null when the clause is too long to be an opening). */
  private clauseBefore(at: number, zoneStart: number): { start: number; words: string } | null {
    const from = Math.max(zoneStart, at - 300);
    const before = this.text.slice(from, at);
    const boundary = Math.max(before.lastIndexOf(";"), before.lastIndexOf(":"), before.search(/\.\s[^.]*$/u), before.lastIndexOf("\n"));
    if (boundary < 0 && from > zoneStart) return null;
    const start = from + boundary + 1;
    return { start, words: this.text.slice(start, at).trim() };
  }

  private insideCitation(at: number): boolean {
    const i = this.firstCitationFrom(at) - 1;
    // Only the citations just before `at` can cover it: a title holds a few nested citations at most.
    for (let j = i; j >= 0 && j > i - 8; j -= 1) if (this.cited[j].end > at) return true;
    return false;
  }

  /**
   * The instruments a verb acts on, then those of a verb coordinated with it
   * (`… và bãi bỏ một phần Nghị quyết số …`). Returns where the chain ends.
   */
  private readChain(verb: Verb, subject: string, on: IsoDate | null, limit: number): number {
    let current: Verb | null = verb;
    let end = verb.end;
    while (current) {
      end = this.readObjects(current, subject, on, limit);
      const next = /^\s*(?:,\s*)?(?:và|đồng\s+thời)\s+/iu.exec(this.text.slice(end, end + 20));
      current = next ? verbAt(this.text, end + next[0].length) : null;
    }
    return end;
  }

  private readObjects(verb: Verb, subject: string, on: IsoDate | null, limit: number): number {
    let cursor = verb.end;
    let first = true;
    for (let i = this.firstCitationFrom(cursor); i < this.cited.length; i = this.firstCitationFrom(cursor)) {
      const c = this.cited[i];
      if (c.start >= limit) break;
      const words = objectWords(this.text.slice(cursor, c.start), first);
      if (!words) break;
      // An instrument acts on earlier ones: a later one in the list is not its object ("… của Quyết định số A, Quyết định số B ngày <later> phê duyệt …").
      if (on && c.issuedOn && c.issuedOn > on) break;
      // "Căn cứ các Nghị định: số A … hướng dẫn … Luật X và số B …": B continues the outer list, not the title's.
      if (!first && subject !== this.ctx.documentId && /^số(?![\p{L}])/u.test(this.text.slice(c.start, c.start + 3))) break;
      this.add(verb.type, subject, c.id, words.scope, on, { start: verb.start, end: c.end });
      first = false;
      // The object's own title may have taken the list that follows it ("… về việc sửa đổi Nghị quyết A, Nghị quyết B").
      cursor = Math.max(c.end, this.titleChainEnd.get(c) ?? c.end);
    }
    return cursor;
  }

  private firstCitationFrom(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid] < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A verb and a scope acting on the instrument named before: "… như sau: 1. Sửa đổi khoản 2 Điều 2 …". */
  private scopedContinuation(verb: Verb, target: string, limit: number): void {
    const scope = readScope(this.text.slice(verb.end, Math.min(limit, verb.end + 200)).replace(/\s+/g, " "));
    if (scope) this.add(verb.type, this.ctx.documentId, target, scope.text, this.ctx.documentDate, { start: verb.start, end: Math.min(limit, verb.end + scope.end + 1) });
  }

  /** "Bãi bỏ các văn bản sau:" then one instrument per item. */
  private listedObjects(verb: Verb, parent: number): void {
    for (const index of this.ctx.tree.children(parent)) {
      const child = this.ctx.tree.provisions[index];
      const c = this.cited[this.firstCitationFrom(child.bodyStart)];
      if (!c || c.start >= child.ownEnd) continue;
      const words = objectWords(this.text.slice(child.bodyStart, c.start), true);
      if (words) this.add(verb.type, this.ctx.documentId, c.id, words.scope, this.ctx.documentDate, { start: child.bodyStart, end: c.end });
    }
  }

  /** "Quyết định số X … hết hiệu lực kể từ ngày …", "công bố Nghị quyết số X … hết hiệu lực". */
  private endOfEffect(start: number, end: number): void {
    for (const m of this.text.slice(start, end).matchAll(/(?<![\p{L}])hết\s+hiệu\s+lực(?![\p{L}])/gu)) {
      const at = start + m.index;
      const clause = this.clauseBefore(at, start);
      if (!clause) continue;
      const announced = /^(?:[^;:]*\scông\s+bố\s+)?/u.exec(this.text.slice(clause.start, at))![0];
      const subjects: Verb = { type: "REPEALS", start: clause.start + announced.length, end: clause.start + announced.length, strong: true };
      const before = this.found.length;
      const objectsEnd = this.readObjects(subjects, this.ctx.documentId, this.ctx.documentDate, at);
      if (!/^\s*(?:(?:đã|sẽ)\s+)?$/u.test(this.text.slice(objectsEnd, at))) this.found.length = before;
    }
  }

  private add(type: InstrumentRelationType, from: string, to: string, scope: string | null, on: IsoDate | null, source: Span): void {
    if (from === to) return;
    this.found.push({ type, from, to, scope, on, source });
  }
}
