// Schema migrations, applied in order by `papergraph db migrate` and at server start.
// Every statement is idempotent (IF NOT EXISTS), so re-running is safe.
//
// Graph model
//   (:Paper {id, arxivId, title, abstract, published, year, language, authors, categories, affiliations,
//            urls, comment, sources: ["file:line"], extractor, fingerprint})
//   (:Entity:Method|Dataset|Institution|Task|Metric {uid: "<Type>:<key>", key, name, aliases, aliasText})
//   (:Alias {id: "<Type>:<key>"})-[:ALIAS_OF]->(entity)        alias-aware lookups (an alias may name several)
//   (:Paper)-[:{{ROLES}} {evidence, confidence, extractor}]->(entity)
//   (:Paper)-[:REPORTS]->(:Result {key, metric, value, score, evidence})-[:FOR_METHOD]->(:Method)
//                                                          (:Result)-[:ON_DATASET]->(:Dataset)
//   (entity)-[:CO_OCCURS {papers}]->(entity)   derived by the loader: Method->Dataset, Method->Method
//                                              (lower key first), Institution->Method, Institution->Dataset
CREATE CONSTRAINT entity_uid IF NOT EXISTS FOR (e:Entity) REQUIRE e.uid IS UNIQUE;
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT method_key IF NOT EXISTS FOR (m:Method) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (d:Dataset) REQUIRE d.key IS UNIQUE;
CREATE CONSTRAINT institution_key IF NOT EXISTS FOR (i:Institution) REQUIRE i.key IS UNIQUE;
CREATE CONSTRAINT task_key IF NOT EXISTS FOR (t:Task) REQUIRE t.key IS UNIQUE;
CREATE CONSTRAINT metric_key IF NOT EXISTS FOR (m:Metric) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT alias_id IF NOT EXISTS FOR (a:Alias) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT result_key IF NOT EXISTS FOR (r:Result) REQUIRE r.key IS UNIQUE;
CREATE INDEX paper_arxiv_id IF NOT EXISTS FOR (p:Paper) ON (p.arxivId);
CREATE INDEX paper_published IF NOT EXISTS FOR (p:Paper) ON (p.published);
CREATE INDEX paper_year IF NOT EXISTS FOR (p:Paper) ON (p.year);
CREATE INDEX paper_synthetic IF NOT EXISTS FOR (p:Paper) ON (p.synthetic);
CREATE INDEX result_metric IF NOT EXISTS FOR (r:Result) ON (r.metric);
// Full-text indexes are updated after commit (eventually consistent) so that bulk writes do not
// wait for Lucene; loads call db.index.fulltext.awaitEventuallyConsistentIndexRefresh() at the end.
// entity_names covered three labels; entity_names_all covers every entity label of the vocabulary.
DROP INDEX entity_names IF EXISTS;
CREATE FULLTEXT INDEX entity_names_all IF NOT EXISTS FOR (n:{{ENTITY_LABELS}}) ON EACH [n.name, n.aliasText]
  OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } };
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract]
  OPTIONS { indexConfig: { `fulltext.eventually_consistent`: true } };
// The ingest watermark (load-watermark.cypher) and the papers it stamps, for the server's link feed.
CREATE CONSTRAINT ingest_watermark IF NOT EXISTS FOR (w:IngestWatermark) REQUIRE w.id IS UNIQUE;
CREATE INDEX paper_link_seq IF NOT EXISTS FOR (p:Paper) ON (p.linkSeq);
