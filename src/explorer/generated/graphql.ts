/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AdminLevel =
  | 'CENTRAL'
  | 'COMMUNE'
  | 'DISTRICT'
  | 'OTHER'
  | 'PROVINCE';

export type BodyKind =
  | 'COUNCIL_ORGAN'
  | 'DEPARTMENT'
  | 'ENTERPRISE'
  | 'FRONT'
  | 'GOVERNMENT'
  | 'MINISTRY'
  | 'NATIONAL_ASSEMBLY'
  | 'OTHER'
  | 'PARTY'
  | 'PEOPLES_COMMITTEE'
  | 'PEOPLES_COUNCIL'
  | 'PRIME_MINISTER';

export type Comparator =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACTLY';

export type InstrumentKind =
  | 'CIRCULAR'
  | 'CODE'
  | 'CONCLUSION'
  | 'CONSTITUTION'
  | 'DECISION'
  | 'DECREE'
  | 'DIRECTIVE'
  | 'GUIDANCE'
  | 'LAW'
  | 'LETTER'
  | 'MASTER_PLAN'
  | 'NOTICE'
  | 'ORDINANCE'
  | 'OTHER'
  | 'PLAN'
  | 'PROGRAMME'
  | 'REGULATION'
  | 'REPORT'
  | 'RESOLUTION'
  | 'SCHEME'
  | 'STRATEGY'
  | 'SUBMISSION';

/** Whether an instrument stands, as far as the graph knows: IN_FORCE (no known change), AMENDED (amended, or partly replaced or repealed), REPLACED or REPEALED (as a whole). */
export type InstrumentState =
  | 'AMENDED'
  | 'IN_FORCE'
  | 'REPEALED'
  | 'REPLACED';

/** Label of a node in the graph. */
export type NodeKind =
  | 'Body'
  | 'Document'
  | 'LegalInstrument'
  | 'Place'
  | 'Project'
  | 'Provision'
  | 'Target'
  | 'Task';

/** Which places task counts go to. AS_WRITTEN: the places as the documents name them, of each document's time. CURRENT: the places in force today; a task in a unit abolished by a reorganisation counts for the unit that took it over wholly (huyện Mỏ Cày Bắc's tasks for tỉnh Vĩnh Long since 1 July 2025). */
export type PlaceGeography =
  | 'AS_WRITTEN'
  | 'CURRENT';

/** PROVINCE tỉnh, MUNICIPALITY thành phố trực thuộc trung ương, DISTRICT huyện, URBAN_DISTRICT quận, TOWNSHIP thị xã, PROVINCIAL_CITY thành phố thuộc tỉnh, TOWN thị trấn, COMMUNE xã, WARD phường, SPECIAL_ZONE đặc khu (since 1 July 2025). */
export type PlaceKind =
  | 'COMMUNE'
  | 'COUNTRY'
  | 'DISTRICT'
  | 'INDUSTRIAL_CLUSTER'
  | 'INDUSTRIAL_PARK'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'PROVINCE'
  | 'PROVINCIAL_CITY'
  | 'REGION'
  | 'SPECIAL_ZONE'
  | 'TOWN'
  | 'TOWNSHIP'
  | 'URBAN_DISTRICT'
  | 'WARD';

export type ProvisionLevel =
  | 'ARTICLE'
  | 'CHAPTER'
  | 'CLAUSE'
  | 'INDENT'
  | 'PART'
  | 'POINT'
  | 'SECTION'
  | 'SUBCLAUSE';

/** Type of a relationship, in its stored direction. */
export type RelationType =
  | 'AMENDS'
  | 'BASED_ON'
  | 'CITES'
  | 'CONCERNS'
  | 'CONSIDERS'
  | 'GUIDES'
  | 'HAS_TARGET'
  | 'IMPLEMENTS'
  | 'INVESTED_BY'
  | 'ISSUED_BY'
  | 'LOCATED_IN'
  | 'PART_OF'
  | 'REPEALS'
  | 'REPLACES'
  | 'RESPONSIBLE'
  | 'SUCCEEDED_BY';

/** How a body takes part in a task. RECEIVE: the body a result is submitted or reported to. */
export type ResponsibilityRole =
  | 'APPROVE'
  | 'COORDINATE'
  | 'IMPLEMENT'
  | 'INVEST'
  | 'LEAD'
  | 'RECEIVE'
  | 'SUPERVISE';

export type Sector =
  | 'ADMINISTRATION'
  | 'AGRICULTURE'
  | 'CULTURE_SOCIETY'
  | 'DEFENCE_SECURITY'
  | 'DIGITAL'
  | 'ECONOMY'
  | 'EDUCATION'
  | 'ENERGY'
  | 'FINANCE_BUDGET'
  | 'HEALTH'
  | 'INDUSTRY'
  | 'INFRASTRUCTURE'
  | 'LABOUR_WELFARE'
  | 'LAND_ENVIRONMENT'
  | 'OTHER'
  | 'PLANNING'
  | 'TRADE_TOURISM';

/** PLACE counts roll up the place hierarchy; BODY_ROLE counts per body and role. */
export type TaskGrouping =
  | 'BODY_ROLE'
  | 'DOCUMENT'
  | 'PLACE'
  | 'SECTOR';

/** Every criterion given must hold (AND). */
export type TaskWhere = {
  /** Tasks this body takes part in (any role unless `role` is given). */
  bodyId?: string | null | undefined;
  /** Tasks of this document. */
  documentId?: string | null | undefined;
  /** Also tasks located in the places this one took over in a reorganisation (its predecessors, e.g. tỉnh Bến Tre and its districts and communes for tỉnh Vĩnh Long since 1 July 2025). With includeSubPlaces, the places below a predecessor count when it went wholly to this place; a piece of a split unit brings only its own tasks. Default false. */
  includePredecessors?: boolean | null | undefined;
  /** Also tasks located below the place (towns, communes, industrial clusters of a district). Default false. */
  includeSubPlaces?: boolean | null | undefined;
  /** Tasks citing this instrument in their own sentence or in a provision above them. */
  instrumentId?: string | null | undefined;
  /** Tasks located in this place. */
  placeId?: string | null | undefined;
  /** Tasks located in any place with this name, ignoring case and tone marks (`mo cay bac`). A name no place has gives an empty result. Not together with placeId. */
  placeName?: string | null | undefined;
  /** Tasks concerning this project. */
  projectId?: string | null | undefined;
  /** With bodyId: only this role; alone: any body in this role. */
  role?: ResponsibilityRole | null | undefined;
  sector?: Sector | null | undefined;
  /** Words in the task's text, ignoring case and tone marks. */
  text?: string | null | undefined;
};

export type ExplorerDocumentQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerDocumentQuery = { instruments: Array<{ totalCount: number, edges: Array<{ type: RelationType, relation: string, reversed: boolean, scope: string | null, node:
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
        | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
        | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
        | { __typename: 'Project', name: string, id: string }
        | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
        | { __typename: 'Target', text: string, id: string }
        | { __typename: 'Task', text: string, sector: Sector | null, id: string }
      , source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null }> }>, document: { id: string, title: string, number: string | null, issuerName: string | null, adoptedOn: string | null, effectiveFrom: string | null, signer: string | null, signerTitle: string | null, fileName: string | null, sha256: string, documentKind: InstrumentKind, status: { state: InstrumentState, since: string | null, decidedBy: Array<{ relation: string, on: string | null, scope: string | null, instrument: { id: string, number: string | null, title: string | null, kind: InstrumentKind } }> }, jurisdiction: { id: string, fullName: string } | null, basisOf: Array<{ id: string, title: string, number: string | null }>, citingDocuments: Array<{ id: string, title: string, number: string | null }>, allTasks: { totalCount: number }, allProvisions: Array<{ id: string, path: string, label: string, heading: string | null, level: ProvisionLevel, parent: { id: string } | null, tasks: Array<{ id: string, text: string, sector: Sector | null }>, citations: Array<{ instrument: { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }, source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null }> }> } | null };

export type ExplorerDocumentBasisQueryVariables = Exact<{
  where: TaskWhere;
  first: number;
  after?: string | null | undefined;
}>;


export type ExplorerDocumentBasisQuery = { tasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, provision: { id: string, path: string }, legalBasis: Array<{ instrument: { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string, status: { state: InstrumentState, since: string | null, decidedBy: Array<{ relation: string, on: string | null, scope: string | null, instrument: { id: string, number: string | null, title: string | null, kind: InstrumentKind } }> } }, steps: Array<{ relation: string, node:
              | { __typename: 'Body', name: string, id: string }
              | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
              | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
              | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
              | { __typename: 'Project', name: string, id: string }
              | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
              | { __typename: 'Target', text: string, id: string }
              | { __typename: 'Task', text: string, sector: Sector | null, id: string }
            , source: { documentId: string, start: number, end: number, provision: { id: string, path: string } | null } | null }> }> } }> } };

export type ExplorerDocumentTextsQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerDocumentTextsQuery = { document: { id: string, title: string, number: string | null, text: string } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Body', name: string, id: string }
      | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
      | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
      | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
      | { __typename: 'Project', name: string, id: string }
      | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
      | { __typename: 'Target', text: string, id: string }
      | { __typename: 'Task', text: string, sector: Sector | null, id: string }
     }> };

export type ExplorerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerOverviewQuery = { stats: { nodes: Array<{ kind: NodeKind, count: number }>, relationships: Array<{ type: RelationType, count: number }> }, documents: Array<{ id: string, title: string, number: string | null, adoptedOn: string | null, issuerName: string | null, documentKind: InstrumentKind }> };

type NodeLabel_Body_Fragment = { __typename: 'Body', name: string, id: string };

type NodeLabel_Document_Fragment = { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string };

type NodeLabel_LegalInstrument_Fragment = { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string };

type NodeLabel_Place_Fragment = { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind };

type NodeLabel_Project_Fragment = { __typename: 'Project', name: string, id: string };

type NodeLabel_Provision_Fragment = { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } };

type NodeLabel_Target_Fragment = { __typename: 'Target', text: string, id: string };

type NodeLabel_Task_Fragment = { __typename: 'Task', text: string, sector: Sector | null, id: string };

export type NodeLabelFragment =
  | NodeLabel_Body_Fragment
  | NodeLabel_Document_Fragment
  | NodeLabel_LegalInstrument_Fragment
  | NodeLabel_Place_Fragment
  | NodeLabel_Project_Fragment
  | NodeLabel_Provision_Fragment
  | NodeLabel_Target_Fragment
  | NodeLabel_Task_Fragment
;

export type QuoteFragment = { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null };

export type StatusLabelFragment = { state: InstrumentState, since: string | null, decidedBy: Array<{ relation: string, on: string | null, scope: string | null, instrument: { id: string, number: string | null, title: string | null, kind: InstrumentKind } }> };

export type TaskRowFragment = { id: string, ordinal: number, text: string, sector: Sector | null, deadline: string | null, provision: { id: string, path: string }, document: { id: string, title: string, number: string | null }, places: Array<{ id: string, fullName: string }>, responsibilities: Array<{ role: ResponsibilityRole, body: { id: string, name: string } }>, projects: Array<{ id: string, name: string }> };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  ids: Array<string> | string;
  types?: Array<RelationType> | RelationType | null | undefined;
  first?: number | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: Array<{ totalCount: number, node:
      | { __typename: 'Body', name: string, id: string }
      | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
      | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
      | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
      | { __typename: 'Project', name: string, id: string }
      | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
      | { __typename: 'Target', text: string, id: string }
      | { __typename: 'Task', text: string, sector: Sector | null, id: string }
    , edges: Array<{ type: RelationType, relation: string, reversed: boolean, role: ResponsibilityRole | null, node:
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
        | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
        | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
        | { __typename: 'Project', name: string, id: string }
        | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
        | { __typename: 'Target', text: string, id: string }
        | { __typename: 'Task', text: string, sector: Sector | null, id: string }
      , source: { text: string } | null }> }> };

export type ExplorerPathsQueryVariables = Exact<{
  fromId: string;
  toId: string;
  maxHops?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { from:
    | { __typename: 'Body', name: string, id: string }
    | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
    | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
    | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
    | { __typename: 'Project', name: string, id: string }
    | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
    | { __typename: 'Target', text: string, id: string }
    | { __typename: 'Task', text: string, sector: Sector | null, id: string }
   | null, paths: Array<{ length: number, steps: Array<{ relation: string, type: RelationType, reversed: boolean, node:
        | { __typename: 'Body', name: string, id: string }
        | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
        | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
        | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
        | { __typename: 'Project', name: string, id: string }
        | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
        | { __typename: 'Target', text: string, id: string }
        | { __typename: 'Task', text: string, sector: Sector | null, id: string }
      , source: { text: string } | null }> }> };

export type ExplorerNodeQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Body', level: AdminLevel, name: string, id: string, bodyKind: BodyKind, jurisdiction: { id: string, fullName: string } | null, issued: Array<{ __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }>, projects: Array<{ id: string, name: string }> }
    | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
    | { __typename: 'LegalInstrument', issuerName: string | null, normalizedNumber: string | null, kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string, ingested: { id: string } | null, issuer: { id: string, name: string } | null, status: { state: InstrumentState, since: string | null, decidedBy: Array<{ relation: string, on: string | null, scope: string | null, instrument: { id: string, number: string | null, title: string | null, kind: InstrumentKind } }> }, relations: Array<{ relation: string, on: string | null, scope: string | null, instrument: { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }, source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null }>, basisOf: Array<{ id: string, title: string, number: string | null }> }
    | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
    | { __typename: 'Project', name: string, id: string, projectKind: string | null, places: Array<{ id: string, fullName: string }>, investors: Array<{ id: string, name: string }> }
    | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
    | { __typename: 'Target', value: number, unit: string | null, metric: string, comparator: Comparator, text: string, id: string, source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null, tasks: Array<{ id: string, text: string }> }
    | { __typename: 'Task', text: string, sector: Sector | null, id: string }
   | null };

export type ExplorerPlaceQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerPlaceQuery = { place: { id: string, name: string, fullName: string, kind: PlaceKind, code: string | null, validFrom: string | null, validTo: string | null, parent: { id: string, fullName: string, kind: PlaceKind, parent: { id: string, fullName: string, kind: PlaceKind, parent: { id: string, fullName: string, kind: PlaceKind, parent: { id: string, fullName: string, kind: PlaceKind } | null } | null } | null } | null, children: Array<{ id: string, fullName: string, kind: PlaceKind }>, successorLinks: Array<{ on: string | null, whole: boolean | null, place: { id: string, fullName: string, kind: PlaceKind } }>, predecessorLinks: Array<{ on: string | null, whole: boolean | null, place: { id: string, fullName: string, kind: PlaceKind } }>, projects: Array<{ id: string, name: string }>, own: { totalCount: number }, all: { totalCount: number }, inherited: { totalCount: number } } | null };

export type ExplorerTaskQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerTaskQuery = { task: { id: string, ordinal: number, text: string, sector: Sector | null, deadline: string | null, source: { start: number, end: number }, provision: { id: string, path: string, heading: string | null, source: { start: number, end: number } | null }, document: { id: string, title: string, number: string | null, issuerName: string | null, adoptedOn: string | null, text: string, documentKind: InstrumentKind }, places: Array<{ id: string, fullName: string, kind: PlaceKind, parent: { id: string, fullName: string } | null }>, responsibilities: Array<{ role: ResponsibilityRole, body: { id: string, name: string, kind: BodyKind }, source: { text: string } | null }>, projects: Array<{ id: string, name: string, kind: string | null }>, targets: Array<{ id: string, text: string, value: number, unit: string | null, metric: string, comparator: Comparator }>, citations: Array<{ instrument: { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }, source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null }>, legalBasis: Array<{ depth: number, instrument: { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string, status: { state: InstrumentState, since: string | null, decidedBy: Array<{ relation: string, on: string | null, scope: string | null, instrument: { id: string, number: string | null, title: string | null, kind: InstrumentKind } }> } }, steps: Array<{ relation: string, type: RelationType, reversed: boolean, node:
          | { __typename: 'Body', name: string, id: string }
          | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
          | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
          | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
          | { __typename: 'Project', name: string, id: string }
          | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
          | { __typename: 'Target', text: string, id: string }
          | { __typename: 'Task', text: string, sector: Sector | null, id: string }
        , source: { documentId: string, start: number, end: number, text: string, provision: { id: string, path: string } | null } | null }> }> } | null };

export type ExplorerTasksQueryVariables = Exact<{
  where?: TaskWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerTasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, ordinal: number, text: string, sector: Sector | null, deadline: string | null, provision: { id: string, path: string }, document: { id: string, title: string, number: string | null }, places: Array<{ id: string, fullName: string }>, responsibilities: Array<{ role: ResponsibilityRole, body: { id: string, name: string } }>, projects: Array<{ id: string, name: string }> } }> } };

export type ExplorerFilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerFilterOptionsQuery = { bodies: Array<{ id: string, name: string }>, documents: Array<{ id: string, title: string, number: string | null }>, legalInstruments: Array<{ id: string, number: string | null, title: string | null, instrumentKind: InstrumentKind }>, projects: Array<{ id: string, name: string }> };

export type ExplorerTaskCountsQueryVariables = Exact<{
  groupBy: TaskGrouping;
  geography?: PlaceGeography | null | undefined;
}>;


export type ExplorerTaskCountsQuery = { taskCounts: Array<{ key: string | null, role: ResponsibilityRole | null, count: number, node:
      | { __typename: 'Body', name: string, id: string }
      | { __typename: 'Document', kind: InstrumentKind, number: string | null, adoptedOn: string | null, id: string, documentTitle: string }
      | { __typename: 'LegalInstrument', kind: InstrumentKind, number: string | null, title: string | null, issuedOn: string | null, id: string }
      | { __typename: 'Place', name: string, fullName: string, id: string, placeKind: PlaceKind }
      | { __typename: 'Project', name: string, id: string }
      | { __typename: 'Provision', path: string, label: string, id: string, document: { id: string } }
      | { __typename: 'Target', text: string, id: string }
      | { __typename: 'Task', text: string, sector: Sector | null, id: string }
     | null }> };

export type ExplorerTaskCursorQueryVariables = Exact<{
  where?: TaskWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerTaskCursorQuery = { tasks: { pageInfo: { endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const NodeLabelFragmentDoc = new TypedDocumentString(`
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}
    `, {"fragmentName":"NodeLabel"}) as unknown as TypedDocumentString<NodeLabelFragment, unknown>;
export const QuoteFragmentDoc = new TypedDocumentString(`
    fragment Quote on SourceSpan {
  documentId
  start
  end
  text
  provision {
    id
    path
  }
}
    `, {"fragmentName":"Quote"}) as unknown as TypedDocumentString<QuoteFragment, unknown>;
export const StatusLabelFragmentDoc = new TypedDocumentString(`
    fragment StatusLabel on InstrumentStatus {
  state
  since
  decidedBy {
    relation
    on
    scope
    instrument {
      id
      number
      title
      kind
    }
  }
}
    `, {"fragmentName":"StatusLabel"}) as unknown as TypedDocumentString<StatusLabelFragment, unknown>;
export const TaskRowFragmentDoc = new TypedDocumentString(`
    fragment TaskRow on Task {
  id
  ordinal
  text
  sector
  deadline
  provision {
    id
    path
  }
  document {
    id
    title
    number
  }
  places {
    id
    fullName
  }
  responsibilities {
    role
    body {
      id
      name
    }
  }
  projects {
    id
    name
  }
}
    `, {"fragmentName":"TaskRow"}) as unknown as TypedDocumentString<TaskRowFragment, unknown>;
export const ExplorerDocumentDocument = new TypedDocumentString(`
    query ExplorerDocument($id: ID!) {
  instruments: neighbourhood(
    ids: [$id]
    types: [BASED_ON, CONSIDERS, AMENDS, REPLACES, REPEALS, GUIDES, IMPLEMENTS]
    first: 200
  ) {
    totalCount
    edges {
      type
      relation
      reversed
      scope
      node {
        ...NodeLabel
      }
      source {
        ...Quote
      }
    }
  }
  document(id: $id) {
    id
    title
    number
    documentKind: kind
    issuerName
    adoptedOn
    effectiveFrom
    signer
    signerTitle
    fileName
    sha256
    status {
      ...StatusLabel
    }
    jurisdiction {
      id
      fullName
    }
    basisOf {
      id
      title
      number
    }
    citingDocuments {
      id
      title
      number
    }
    allTasks: tasks(first: 1) {
      totalCount
    }
    allProvisions {
      id
      path
      label
      heading
      level
      parent {
        id
      }
      tasks {
        id
        text
        sector
      }
      citations {
        instrument {
          ...NodeLabel
        }
        source {
          ...Quote
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}
fragment Quote on SourceSpan {
  documentId
  start
  end
  text
  provision {
    id
    path
  }
}
fragment StatusLabel on InstrumentStatus {
  state
  since
  decidedBy {
    relation
    on
    scope
    instrument {
      id
      number
      title
      kind
    }
  }
}`) as unknown as TypedDocumentString<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerDocumentBasisDocument = new TypedDocumentString(`
    query ExplorerDocumentBasis($where: TaskWhere!, $first: Int!, $after: String) {
  tasks(where: $where, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        provision {
          id
          path
        }
        legalBasis {
          instrument {
            ...NodeLabel
            status {
              ...StatusLabel
            }
          }
          steps {
            relation
            node {
              ...NodeLabel
            }
            source {
              documentId
              start
              end
              provision {
                id
                path
              }
            }
          }
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}
fragment StatusLabel on InstrumentStatus {
  state
  since
  decidedBy {
    relation
    on
    scope
    instrument {
      id
      number
      title
      kind
    }
  }
}`) as unknown as TypedDocumentString<ExplorerDocumentBasisQuery, ExplorerDocumentBasisQueryVariables>;
export const ExplorerDocumentTextsDocument = new TypedDocumentString(`
    query ExplorerDocumentTexts($id: ID!) {
  document(id: $id) {
    id
    title
    number
    text
  }
}
    `) as unknown as TypedDocumentString<ExplorerDocumentTextsQuery, ExplorerDocumentTextsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    node {
      ...NodeLabel
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}`) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerOverviewDocument = new TypedDocumentString(`
    query ExplorerOverview {
  stats {
    nodes {
      kind
      count
    }
    relationships {
      type
      count
    }
  }
  documents {
    id
    title
    number
    documentKind: kind
    adoptedOn
    issuerName
  }
}
    `) as unknown as TypedDocumentString<ExplorerOverviewQuery, ExplorerOverviewQueryVariables>;
export const ExplorerNeighbourhoodDocument = new TypedDocumentString(`
    query ExplorerNeighbourhood($ids: [ID!]!, $types: [RelationType!], $first: Int) {
  neighbourhood(ids: $ids, types: $types, first: $first) {
    node {
      ...NodeLabel
    }
    totalCount
    edges {
      type
      relation
      reversed
      role
      node {
        ...NodeLabel
      }
      source {
        text
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}`) as unknown as TypedDocumentString<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($fromId: ID!, $toId: ID!, $maxHops: Int) {
  from: node(id: $fromId) {
    ...NodeLabel
  }
  paths(fromId: $fromId, toId: $toId, maxHops: $maxHops, first: 20) {
    length
    steps {
      relation
      type
      reversed
      node {
        ...NodeLabel
      }
      source {
        text
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}`) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!) {
  node(id: $id) {
    ...NodeLabel
    ... on LegalInstrument {
      issuerName
      normalizedNumber
      ingested: document {
        id
      }
      issuer {
        id
        name
      }
      status {
        ...StatusLabel
      }
      relations {
        relation
        on
        scope
        instrument {
          ...NodeLabel
        }
        source {
          ...Quote
        }
      }
      basisOf {
        id
        title
        number
      }
    }
    ... on Body {
      bodyKind: kind
      level
      jurisdiction {
        id
        fullName
      }
      issued {
        ...NodeLabel
      }
      projects {
        id
        name
      }
    }
    ... on Project {
      projectKind: kind
      places {
        id
        fullName
      }
      investors {
        id
        name
      }
    }
    ... on Target {
      value
      unit
      metric
      comparator
      source {
        ...Quote
      }
      tasks {
        id
        text
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}
fragment Quote on SourceSpan {
  documentId
  start
  end
  text
  provision {
    id
    path
  }
}
fragment StatusLabel on InstrumentStatus {
  state
  since
  decidedBy {
    relation
    on
    scope
    instrument {
      id
      number
      title
      kind
    }
  }
}`) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerPlaceDocument = new TypedDocumentString(`
    query ExplorerPlace($id: ID!) {
  place(id: $id) {
    id
    name
    fullName
    kind
    code
    parent {
      id
      fullName
      kind
      parent {
        id
        fullName
        kind
        parent {
          id
          fullName
          kind
          parent {
            id
            fullName
            kind
          }
        }
      }
    }
    validFrom
    validTo
    children {
      id
      fullName
      kind
    }
    successorLinks {
      on
      whole
      place {
        id
        fullName
        kind
      }
    }
    predecessorLinks {
      on
      whole
      place {
        id
        fullName
        kind
      }
    }
    projects(includeSubPlaces: true) {
      id
      name
    }
    own: tasks(first: 1) {
      totalCount
    }
    all: tasks(first: 1, includeSubPlaces: true) {
      totalCount
    }
    inherited: tasks(first: 1, includeSubPlaces: true, includePredecessors: true) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPlaceQuery, ExplorerPlaceQueryVariables>;
export const ExplorerTaskDocument = new TypedDocumentString(`
    query ExplorerTask($id: ID!) {
  task(id: $id) {
    id
    ordinal
    text
    sector
    deadline
    source {
      start
      end
    }
    provision {
      id
      path
      heading
      source {
        start
        end
      }
    }
    document {
      id
      title
      number
      documentKind: kind
      issuerName
      adoptedOn
      text
    }
    places {
      id
      fullName
      kind
      parent {
        id
        fullName
      }
    }
    responsibilities {
      role
      body {
        id
        name
        kind
      }
      source {
        text
      }
    }
    projects {
      id
      name
      kind
    }
    targets {
      id
      text
      value
      unit
      metric
      comparator
    }
    citations {
      instrument {
        ...NodeLabel
      }
      source {
        ...Quote
      }
    }
    legalBasis {
      depth
      instrument {
        ...NodeLabel
        status {
          ...StatusLabel
        }
      }
      steps {
        relation
        type
        reversed
        node {
          ...NodeLabel
        }
        source {
          ...Quote
        }
      }
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}
fragment Quote on SourceSpan {
  documentId
  start
  end
  text
  provision {
    id
    path
  }
}
fragment StatusLabel on InstrumentStatus {
  state
  since
  decidedBy {
    relation
    on
    scope
    instrument {
      id
      number
      title
      kind
    }
  }
}`) as unknown as TypedDocumentString<ExplorerTaskQuery, ExplorerTaskQueryVariables>;
export const ExplorerTasksDocument = new TypedDocumentString(`
    query ExplorerTasks($where: TaskWhere, $first: Int, $after: String) {
  tasks(where: $where, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...TaskRow
      }
    }
  }
}
    fragment TaskRow on Task {
  id
  ordinal
  text
  sector
  deadline
  provision {
    id
    path
  }
  document {
    id
    title
    number
  }
  places {
    id
    fullName
  }
  responsibilities {
    role
    body {
      id
      name
    }
  }
  projects {
    id
    name
  }
}`) as unknown as TypedDocumentString<ExplorerTasksQuery, ExplorerTasksQueryVariables>;
export const ExplorerFilterOptionsDocument = new TypedDocumentString(`
    query ExplorerFilterOptions {
  bodies {
    id
    name
  }
  documents {
    id
    title
    number
  }
  legalInstruments {
    id
    number
    title
    instrumentKind: kind
  }
  projects {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ExplorerFilterOptionsQuery, ExplorerFilterOptionsQueryVariables>;
export const ExplorerTaskCountsDocument = new TypedDocumentString(`
    query ExplorerTaskCounts($groupBy: TaskGrouping!, $geography: PlaceGeography) {
  taskCounts(groupBy: $groupBy, geography: $geography) {
    key
    role
    count
    node {
      ...NodeLabel
    }
  }
}
    fragment NodeLabel on Node {
  __typename
  id
  ... on Place {
    name
    fullName
    placeKind: kind
  }
  ... on Task {
    text
    sector
  }
  ... on LegalInstrument {
    kind
    number
    title
    issuedOn
  }
  ... on Document {
    kind
    number
    documentTitle: title
    adoptedOn
  }
  ... on Body {
    name
  }
  ... on Project {
    name
  }
  ... on Provision {
    path
    label
    document {
      id
    }
  }
  ... on Target {
    text
  }
}`) as unknown as TypedDocumentString<ExplorerTaskCountsQuery, ExplorerTaskCountsQueryVariables>;
export const ExplorerTaskCursorDocument = new TypedDocumentString(`
    query ExplorerTaskCursor($where: TaskWhere, $first: Int, $after: String) {
  tasks(where: $where, first: $first, after: $after) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerTaskCursorQuery, ExplorerTaskCursorQueryVariables>;