package org.froissart.store;

import java.util.List;

/**
 * The DuckDB tables of a store. Column names follow {@code spec/output.md}; every row carries
 * {@code doc}, the store's number of the document it comes from (1, 2, 3… in the order documents
 * were stored), because a document's {@code id} (a file name, a URL) need not be unique across
 * ingests. No table has an index: rows are appended in {@code doc} order, so DuckDB's min/max
 * zone maps already find a document's rows, and indexes would slow the appender down.
 *
 * <p>The long strings (texts, records) are compressed with zstd: DuckDB's default string
 * compression costs several times more at each checkpoint, for larger files.
 */
final class StoreSchema {
  /** Bumped when a table changes; a store written with another version is refused, not guessed at. */
  static final String VERSION = "1";

  static final List<String> TABLES = List.of("documents", "mentions", "timexes", "quotes", "events");

  static final List<String> CREATE = List.of(
      "CREATE TABLE store_info (key VARCHAR NOT NULL, value VARCHAR NOT NULL)",
      // text is null for an error record; record is the analysed JSON with its text set to null,
      // so the text is held once (jsonl export and document() put it back).
      """
      CREATE TABLE documents (
        doc BIGINT NOT NULL, id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
        language VARCHAR, title VARCHAR, published VARCHAR, published_method VARCHAR,
        outlet VARCHAR, outlet_name VARCHAR, outlet_country VARCHAR, url VARCHAR,
        text VARCHAR USING COMPRESSION zstd, error_code VARCHAR, error_message VARCHAR,
        record VARCHAR NOT NULL USING COMPRESSION zstd)""",
      """
      CREATE TABLE mentions (
        doc BIGINT NOT NULL, id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL, type VARCHAR, actor VARCHAR, code VARCHAR, role VARCHAR)""",
      """
      CREATE TABLE timexes (
        doc BIGINT NOT NULL, id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL, type VARCHAR, value VARCHAR, anchor VARCHAR)""",
      """
      CREATE TABLE quotes (
        doc BIGINT NOT NULL, id VARCHAR NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text VARCHAR NOT NULL, kind VARCHAR, speaker_mention VARCHAR, speaker_text VARCHAR,
        speaker_actor VARCHAR, speaker_code VARCHAR, cue_text VARCHAR, source_text VARCHAR, source_actor VARCHAR)""",
      // document_id, outlet and published are copied from the document so that filters and pages
      // need no join; day is the event's date, else the document's, as the first day of the
      // period it names.
      """
      CREATE TABLE events (
        doc BIGINT NOT NULL, document_id VARCHAR NOT NULL, id VARCHAR NOT NULL, sentence INTEGER, cameo VARCHAR NOT NULL,
        root VARCHAR NOT NULL, plover VARCHAR, quad_class INTEGER, goldstein DOUBLE,
        trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text VARCHAR NOT NULL,
        source_mention VARCHAR, source_text VARCHAR, source_actor VARCHAR, source_code VARCHAR,
        target_mention VARCHAR, target_text VARCHAR, target_actor VARCHAR, target_code VARCHAR,
        date VARCHAR, date_timex VARCHAR, day DATE,
        location_text VARCHAR, location_place VARCHAR, location_country VARCHAR,
        status VARCHAR, attribution VARCHAR[] NOT NULL, confidence DOUBLE,
        outlet VARCHAR, published VARCHAR)""",
      // Mentions that name no one: an actor's name is its most frequent other mention.
      """
      CREATE MACRO is_pronoun(t) AS lower(t) IN ('il', 'elle', 'ils', 'elles', 'lui', 'eux', 'leur', 'celui-ci',
        'celle-ci', 'ceux-ci', 'celles-ci', 'ce dernier', 'cette dernière', 'ces derniers', 'ces dernières')""",
      // One row per linked actor: its name (so that "il" never names Le Drian), its most frequent
      // code, and how often it appears.
      """
      CREATE VIEW actors AS
      WITH texts AS (SELECT actor, text, count(*) AS n FROM mentions WHERE actor IS NOT NULL GROUP BY ALL),
      named AS (
        SELECT actor, first(text ORDER BY is_pronoun(text), n DESC, text) AS name,
               sum(n) AS mentions
        FROM texts GROUP BY actor),
      codes AS (SELECT actor, code, count(*) AS n FROM mentions WHERE actor IS NOT NULL AND code IS NOT NULL GROUP BY ALL),
      coded AS (SELECT actor, first(code ORDER BY n DESC, code) AS code FROM codes GROUP BY actor),
      documents AS (SELECT actor, count(DISTINCT doc) AS documents FROM mentions WHERE actor IS NOT NULL GROUP BY actor),
      sources AS (SELECT source_actor AS actor, count(*) AS n FROM events WHERE source_actor IS NOT NULL GROUP BY 1),
      targets AS (SELECT target_actor AS actor, count(*) AS n FROM events WHERE target_actor IS NOT NULL GROUP BY 1)
      SELECT actor, named.name, coded.code, named.mentions, documents.documents,
             coalesce(sources.n, 0) AS source_events, coalesce(targets.n, 0) AS target_events
      FROM named JOIN documents USING (actor) LEFT JOIN coded USING (actor)
      LEFT JOIN sources USING (actor) LEFT JOIN targets USING (actor)""",
      "INSERT INTO store_info VALUES ('schema', '" + VERSION + "')");

  private StoreSchema() {
  }
}
