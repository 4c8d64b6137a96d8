// Property indexes for the lookups the API makes. The folded and normalised
// keys are computed by the store with the embedded store's own functions
// (foldText, normalizeForMatch), so "mo cay bac" finds "Mỏ Cày Bắc" and
// "59/2019/nd-cp" finds 59/2019/NĐ-CP by an index seek.
CREATE INDEX place_folded_name IF NOT EXISTS FOR (n:Place) ON (n.foldedName);
CREATE INDEX place_folded_full_name IF NOT EXISTS FOR (n:Place) ON (n.foldedFullName);
CREATE INDEX instrument_number_key IF NOT EXISTS FOR (n:LegalInstrument) ON (n.numberKey);
CREATE INDEX instrument_normalized_number_key IF NOT EXISTS FOR (n:LegalInstrument) ON (n.normalizedNumberKey);
CREATE INDEX task_document_id IF NOT EXISTS FOR (n:Task) ON (n.documentId);
CREATE INDEX task_sector IF NOT EXISTS FOR (n:Task) ON (n.sector);
CREATE INDEX provision_document_id IF NOT EXISTS FOR (n:Provision) ON (n.documentId);
// Provisions, tasks and targets belong to the document that last wrote them:
// re-ingesting it finds the ones it no longer contains by this key.
CREATE INDEX node_owner_document_id IF NOT EXISTS FOR (n:Node) ON (n.ownerDocumentId);
// A document's versions of shared nodes, and every document's version of one node.
CREATE INDEX node_version_document_id IF NOT EXISTS FOR (n:NodeVersion) ON (n.documentId);
CREATE INDEX node_version_node_id IF NOT EXISTS FOR (n:NodeVersion) ON (n.nodeId);
// Search statistics (how many nodes have words, how many words in all).
CREATE INDEX node_search_length IF NOT EXISTS FOR (n:Node) ON (n.searchLength);
