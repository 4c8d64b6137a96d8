import { type FormEvent, useEffect, useState } from "react";
import { useNavigation } from "../routing/use-route.js";

/** One box for every kind of thing: places, tasks, instruments, bodies, projects, documents. */
export function SearchBox({ autoFocus = false, large = false }: { autoFocus?: boolean; large?: boolean }) {
  const { route, navigate } = useNavigation();
  const current = route.view === "search" ? route.q : "";
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (q) navigate({ view: "search", q });
  };
  return (
    <form role="search" className={`search-box${large ? " large" : ""}`} onSubmit={submit}>
      <label htmlFor={large ? "search-large" : "search"} className="visually-hidden">
        Search places, tasks, instruments, bodies, projects and documents
      </label>
      <input
        id={large ? "search-large" : "search"}
        type="search"
        name="q"
        value={text}
        autoFocus={autoFocus}
        maxLength={200}
        placeholder="Search: mo cay bac, 59/2019, rach mieu…"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit">Search</button>
    </form>
  );
}
