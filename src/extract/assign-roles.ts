/**
 * Who does what, from the words of one sentence:
 * `X chủ trì` / `giao X` / `đề nghị X` / `yêu cầu X` → LEAD,
 * `phối hợp (với) X, Y và Z` → COORDINATE, `do X làm chủ đầu tư` → INVEST,
 * `trình X phê duyệt|quyết định` → APPROVE, `trình X` / `báo cáo X` / `gửi X` → RECEIVE,
 * an actor opening the sentence → LEAD (SUPERVISE when it `giám sát`,
 * IMPLEMENT when it `chịu trách nhiệm thi hành`).
 */
import type { ResponsibilityRole } from "../domain/model.js";
import type { BodyMention } from "./find-bodies.js";
import type { Span } from "./parse-structure.js";
import { SpanIndex } from "./span-index.js";

export interface RoleAssignment {
  body: BodyMention;
  role: ResponsibilityRole;
  /** For INVEST: where `do X làm chủ đầu tư` starts, to find the project it applies to. */
  cueStart: number;
}

const NOTHING_QUOTED = new SpanIndex<Span>([]);

const LIST_GLUE = /^[\s,;]*(?:và\s+|cùng\s+|với\s+)?(?:các\s+)?$/u;
const ACTOR_GLUE = /^[\s,;]*(?:và\s+)?(?:các\s+|Giám đốc\s+|Chánh Văn phòng\s+|Thủ trưởng\s+(?:các\s+)?|Chủ tịch\s+)?$/u;

/** Bodies listed one after another from `from` (glued by commas, `và`). */
function listFrom(text: string, bodies: BodyMention[], from: number, glue: RegExp): BodyMention[] {
  const out: BodyMention[] = [];
  let cursor = from;
  for (const body of bodies) {
    if (body.start < cursor) continue;
    const between = text.slice(cursor, body.start);
    const opensList = out.length === 0 && /^\s*(?:các\s+|Giám đốc\s+|Chủ tịch\s+|Thủ trưởng\s+)?$/u.test(between);
    if (!opensList && !glue.test(between)) break;
    out.push(body);
    cursor = body.end;
    const tail = /^\s*\([^)]{0,80}\)/u.exec(text.slice(cursor, cursor + 90));
    if (tail) cursor += tail[0].length;
  }
  return out;
}

/** The actors that open a sentence, and where the predicate starts. */
export function findActors(text: string, sentence: Span, bodies: SpanIndex<BodyMention>): { actors: BodyMention[]; predicateAt: number } {
  const inside = bodies.within(sentence);
  const lead = /^[\s\-–+•*]*(?:(?:Hằng|Hàng)\s+năm|Định\s+kỳ|Đồng\s+thời|Sau\s+đó)?,?\s*(?:Đề nghị\s+|Giao\s+)?/u.exec(text.slice(sentence.start, sentence.start + 24));
  const from = sentence.start + (lead ? lead[0].length : 0);
  const actors: BodyMention[] = [];
  let cursor = from;
  for (const body of inside) {
    if (body.start < cursor) continue;
    const between = text.slice(cursor, body.start);
    if (!(actors.length === 0 ? /^\s*(?:Các\s+|các\s+|Giám đốc\s+|Chủ tịch\s+|Thủ trưởng\s+(?:các\s+)?)?$/u.test(between) : ACTOR_GLUE.test(between))) break;
    actors.push(body);
    cursor = body.end;
    const paren = /^\s*\([^)]{0,80}\)/u.exec(text.slice(cursor, cursor + 90));
    if (paren) cursor += paren[0].length;
  }
  return { actors, predicateAt: actors.length ? cursor : sentence.start };
}

/**
 * `quoted`: spans where cue words belong to a name, not to the sentence ("Chương trình phối hợp …").
 * `found`: the sentence's actors, when the caller has found them already.
 */
export function assignRoles(
  text: string,
  sentence: Span,
  bodies: SpanIndex<BodyMention>,
  quoted: SpanIndex<Span> = NOTHING_QUOTED,
  found: ReturnType<typeof findActors> = findActors(text, sentence, bodies),
): RoleAssignment[] {
  const inside = bodies.within(sentence);
  const out: RoleAssignment[] = [];
  const add = (body: BodyMention, role: ResponsibilityRole, cueStart: number) => {
    if (!out.some((r) => r.body.id === body.id && r.role === role)) out.push({ body, role, cueStart });
  };
  const slice = text.slice(sentence.start, sentence.end);

  const { actors, predicateAt } = found;
  if (actors.length) {
    const predicate = text.slice(predicateAt, predicateAt + 60).trim();
    const opening = text.slice(sentence.start, actors[0].start);
    const role: ResponsibilityRole = /^giám sát/u.test(predicate)
      ? "SUPERVISE"
      : /^(?:chịu trách nhiệm thi hành|thi hành)/u.test(predicate)
        ? "IMPLEMENT"
        : "LEAD";
    const assigning = /^(?:giao|yêu cầu|đề nghị|thống nhất|nhất trí|quyết nghị|quyết định|ban hành)(?![\p{L}])/u.test(predicate);
    if (!assigning && (/^\s*(?:Đề nghị|Giao)\s/u.test(opening) || /^[\p{Ll}]|^:/u.test(predicate) || predicate === "")) {
      for (const actor of actors) add(actor, role, actor.start);
    }
  }

  const cue = (re: RegExp, handle: (matchEnd: number, matchStart: number, m: RegExpExecArray) => void) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(slice))) {
      const at = sentence.start + m.index;
      if (quoted.covers(at)) continue;
      handle(at + m[0].length, at, m);
    }
  };

  cue(/(?<![\p{L}])do\s+/gu, (end, start) => {
    const body = inside.find((b) => b.start === end);
    if (body && /^\s*làm\s+chủ\s+đầu\s+tư/u.test(text.slice(body.end, body.end + 20))) add(body, "INVEST", start);
  });
  cue(/(?<![\p{L}])trình\s+/gu, (end) => {
    const body = inside.find((b) => b.start === end);
    if (!body) return;
    const after = text.slice(body.end, body.end + 40);
    add(body, /^\s*(?:xem xét,?\s*)?(?:phê duyệt|quyết định|thông qua|ban hành|chấp thuận)/u.test(after) ? "APPROVE" : "RECEIVE", body.start);
  });
  cue(/(?<![\p{L}])(?:báo cáo|gửi|kiến nghị|tham mưu)(?:\s+(?:kết quả|về|cho|lên|đến))*\s+/gu, (end) => {
    for (const body of listFrom(text, inside, end, LIST_GLUE)) add(body, "RECEIVE", body.start);
  });
  // Everyone named between the last assigning verb (or the start) and the cue.
  const namedBefore = (cueStart: number) => {
    const opening = text.slice(sentence.start, cueStart);
    const assign = /(?:^|[\s,;])(?:giao|đề nghị|yêu cầu)\s+(?![\s\S]*(?:giao|đề nghị|yêu cầu)\s)/iu.exec(opening);
    const from = assign ? sentence.start + assign.index + assign[0].length : sentence.start;
    return inside.filter((b) => b.start >= from && b.end <= cueStart && !/[.:]/.test(text.slice(b.end, cueStart)));
  };
  cue(/(?<![\p{L}])(?:chịu|có)\s+trách\s+nhiệm\s+(?:thi\s+hành|triển\s+khai\s+thực\s+hiện|tổ\s+chức\s+thực\s+hiện)/gu, (_end, start) => {
    for (const body of namedBefore(start)) add(body, "IMPLEMENT", body.start);
  });
  cue(/(?<![\p{L}])giám\s+sát\s+(?:việc|quá\s+trình)?\s*(?:thực\s+hiện|triển\s+khai)/gu, (_end, start) => {
    for (const body of namedBefore(start)) add(body, "SUPERVISE", body.start);
  });
  cue(/(?<![\p{L}])(?:giao|đề nghị|yêu cầu)\s+(?:trách\s+nhiệm\s+|nhiệm\s+vụ\s+)?(?:cho\s+)?/giu, (end) => {
    const list = listFrom(text, inside, end, LIST_GLUE);
    const last = list[list.length - 1];
    if (last && /^\s*giám\s+sát/u.test(text.slice(last.end, last.end + 12))) return;
    for (const body of list) add(body, "LEAD", body.start);
  });
  cue(/(?<![\p{L}])chủ trì(?![\p{L}])/gu, (_end, start) => {
    const before = inside.filter((b) => b.end <= start && /^[\s,]*$/u.test(text.slice(b.end, start)));
    for (const body of before) add(body, "LEAD", body.start);
  });
  cue(/(?<![\p{L}])phối\s+hợp(?:\s+(?:với|cùng))?\s+/gu, (end) => {
    // Partners run to the end of the clause, other named parties included ("với X; các sở, ngành; Y").
    const stop = /[.:]|\s(?:để|nhằm|tham mưu|thực hiện|triển khai|tổ chức|hướng dẫn|kiểm tra|giải quyết|tiếp tục|tăng cường)\s/u.exec(text.slice(end, sentence.end));
    const clauseEnd = stop ? end + stop.index : sentence.end;
    for (const body of inside.filter((b) => b.start >= end && b.end <= clauseEnd)) {
      if (!out.some((r) => r.body.id === body.id && r.role === "LEAD")) add(body, "COORDINATE", body.start);
    }
  });
  // "giao X … giám sát": X supervises, it does not lead.
  return out.filter((r) => r.role !== "LEAD" || !out.some((o) => o.body.id === r.body.id && o.role === "SUPERVISE"));
}
