import { useEffect, useRef } from "react";

interface Span {
  start: number;
  end: number;
}

/**
 * A document's text with one passage marked and, around it, the provision it
 * stands in shaded; the box scrolls to the passage.
 */
export function DocumentText({ text, mark, around }: { text: string; mark: Span; around?: Span | null }) {
  const box = useRef<HTMLDivElement>(null);
  const marked = useRef<HTMLElement>(null);
  useEffect(() => {
    if (box.current && marked.current) {
      box.current.scrollTop = Math.max(0, marked.current.offsetTop - box.current.offsetTop - box.current.clientHeight / 3);
    }
  }, [text, mark.start, mark.end]);
  const outer = around && around.start <= mark.start && around.end >= mark.end ? around : mark;
  return (
    <div className="document-text" ref={box} tabIndex={0} aria-label="The task's sentence in its document">
      {text.slice(0, outer.start)}
      <span className="provision-span">
        {text.slice(outer.start, mark.start)}
        <mark ref={marked}>{text.slice(mark.start, mark.end)}</mark>
        {text.slice(mark.end, outer.end)}
      </span>
      {text.slice(outer.end)}
    </div>
  );
}
