// Uniqueness of ids. Every node carries :Node besides its kind label, so a
// lookup by id alone (getNodes, MERGE at ingest) is one index seek whatever
// the kind. The per-kind constraints keep each label's ids unique for anyone
// querying the graph by label.
// Syntax valid on Neo4j 4.4 and 5.x (FOR … REQUIRE appeared in 4.4).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provision_id IF NOT EXISTS FOR (n:Provision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT legal_instrument_id IF NOT EXISTS FOR (n:LegalInstrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_id IF NOT EXISTS FOR (n:Project) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT target_id IF NOT EXISTS FOR (n:Target) REQUIRE n.id IS UNIQUE;
// One version of a shared node per document (see NodeVersion in cypher-queries.ts);
// key is nodeId and documentId joined, since composite uniqueness is not in every edition.
CREATE CONSTRAINT node_version_key IF NOT EXISTS FOR (n:NodeVersion) REQUIRE n.key IS UNIQUE;
