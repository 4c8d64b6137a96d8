import type { Chain, ChainStep, Quote, SharedChain } from "../export/legal-basis-chains.js";
import { abbreviate, isStructural } from "../export/quote-text.js";
import { RELATION_HINTS, shortTitle } from "../labels.js";
import { Link } from "../routing/use-route.js";
import { StatusBadge } from "./instrument-status.js";
import { KindBadge, NodeLink } from "./node-link.js";

function QuoteView({ quote, relation, documentTitles }: { quote: Quote; relation: string; documentTitles: ReadonlyMap<string, string> }) {
  const structural = isStructural(relation);
  return (
    <figure className="quote">
      {structural ? (
        <details>
          <summary>
            <q>{abbreviate(quote.text)}</q>
          </summary>
          <blockquote>{quote.text}</blockquote>
        </details>
      ) : (
        <blockquote>{quote.text}</blockquote>
      )}
      <figcaption>
        from <cite>{documentTitles.get(quote.documentId) ?? quote.documentId}</cite>,{" "}
        {quote.provisionPath ?? "preamble or closing, outside the articles"}
      </figcaption>
    </figure>
  );
}

/** Runs of structural steps (up the provisions) fold into one line; the steps that cite or rest on something stand alone. */
function groupSteps(steps: readonly ChainStep[]): { structural: boolean; steps: ChainStep[] }[] {
  const groups: { structural: boolean; steps: ChainStep[] }[] = [];
  for (const step of steps) {
    const structural = isStructural(step.relation);
    const last = groups.at(-1);
    if (last && last.structural && structural) last.steps.push(step);
    else groups.push({ structural, steps: [step] });
  }
  return groups;
}

function StepView({ step, documentTitles }: { step: ChainStep; documentTitles: ReadonlyMap<string, string> }) {
  return (
    <li className="chain-step" data-relation={step.relation}>
      <div className="chain-step-head">
        <span className="relation" title={RELATION_HINTS[step.relation]}>
          {step.relation}
        </span>{" "}
        <NodeLink node={step.node} short />
      </div>
      {step.quote ? <QuoteView quote={step.quote} relation={step.relation} documentTitles={documentTitles} /> : <p className="muted">No words recorded for this step.</p>}
    </li>
  );
}

/**
 * Legal-basis chains drawn step by step: a one-line summary of the whole chain,
 * then every step with its relation, the node it reaches and the words that state it.
 */
export function LegalBasisChains({ chains, documentTitles }: { chains: readonly (Chain | SharedChain)[]; documentTitles: ReadonlyMap<string, string> }) {
  if (chains.length === 0) return <p className="muted">No legal basis recorded.</p>;
  return (
    <div className="chains">
      {chains.map((chain, index) => (
        <article key={`${chain.start.id}:${chain.instrument.id}:${index}`} className="chain" data-instrument-id={chain.instrument.id}>
          <h3>
            <NodeLink node={chain.instrument} /> <StatusBadge status={chain.status} />
          </h3>
          <ol className="chain-summary" aria-label="The chain at a glance">
            <li>
              <KindBadge kind={chain.start.__typename} /> {shortTitle(chain.start, 40)}
            </li>
            {chain.steps.map((step, stepIndex) => (
              <li key={stepIndex}>
                <span className="arrow" aria-hidden="true">
                  →
                </span>{" "}
                <span className="relation">{step.relation}</span>{" "}
                <span className="arrow" aria-hidden="true">
                  →
                </span>{" "}
                <KindBadge kind={step.node.__typename} /> {shortTitle(step.node, 40)}
              </li>
            ))}
          </ol>
          <ol className="chain-steps">
            {groupSteps(chain.steps).map((group, groupIndex) =>
              group.structural ? (
                <li key={groupIndex} className="chain-structure">
                  <details>
                    <summary>
                      Up the document through {group.steps.map((step) => shortTitle(step.node, 30)).join(" › ")} ({group.steps.length} PART_OF{" "}
                      {group.steps.length === 1 ? "step" : "steps"})
                    </summary>
                    <ol className="chain-steps">
                      {group.steps.map((step, stepIndex) => (
                        <StepView key={stepIndex} step={step} documentTitles={documentTitles} />
                      ))}
                    </ol>
                  </details>
                </li>
              ) : (
                group.steps.map((step, stepIndex) => <StepView key={`${groupIndex}:${stepIndex}`} step={step} documentTitles={documentTitles} />)
              ),
            )}
          </ol>
          {"tasks" in chain ? (
            <details className="chain-tasks">
              <summary>
                {chain.tasks.length} {chain.tasks.length === 1 ? "task rests" : "tasks rest"} on it through this chain
              </summary>
              <ul className="plain">
                {chain.tasks.map((task) => (
                  <li key={task.id}>
                    <Link to={{ view: "task", id: task.id }}>{task.id}</Link> <span className="muted">in {task.provisionPath}</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <p>
            <Link to={{ view: "graph", nodes: [], types: null, from: chain.start.id, to: chain.instrument.id, hops: Math.min(6, chain.steps.length) }}>
              Draw the shortest paths in the graph
            </Link>
          </p>
        </article>
      ))}
    </div>
  );
}
