// Full-text index for search(). searchText holds each node's searchable
// fields already folded and tokenised (words joined by single spaces), so the
// whitespace analyzer indexes exactly the tokens the embedded store ranks on;
// the store fetches the candidates here and ranks them (BM25 in tiers) the
// same way the embedded store does.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Document|Provision|Task|LegalInstrument|Body|Place|Project|Target)
ON EACH [n.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
