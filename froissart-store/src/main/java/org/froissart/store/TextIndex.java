package org.froissart.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the stored documents' titles and texts, one Lucene document per analysed
 * document (error records have no text and are not indexed), keyed by the store's document
 * number. The texts themselves are not stored in Lucene: DuckDB holds them, and the highlighter
 * is handed them for the page of hits. Adding and committing come from one thread at a time;
 * searching is thread-safe.
 */
final class TextIndex implements Closeable {
  static final String DOC = "doc";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String YEAR = "year";
  static final String LANGUAGE = "language";
  private static final List<String> FACETS = List.of(OUTLET, YEAR, LANGUAGE);
  private static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 200;

  /** Offsets in the postings: the highlighter reads matches from the index, never re-analyses. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** What is indexed of one document; every field but {@code doc} and {@code text} may be null. */
  record Entry(long doc, String title, String text, String outlet, String year, String language) {
  }

  /** What a hit shows, read from DuckDB for the page of hits. */
  record HitSource(String id, String title, String outlet, String published, String text) {
  }

  private final Analyzer analyzer = new FrenchFoldingAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  TextIndex(Path folder) throws IOException {
    directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
    try {
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  void add(Entry entry) throws IOException {
    Document d = new Document();
    d.add(new LongPoint(DOC, entry.doc()));
    d.add(new NumericDocValuesField(DOC, entry.doc()));
    if (entry.title() != null) {
      d.add(new TextField(TITLE, entry.title(), Field.Store.NO));
    }
    d.add(new Field(TEXT, entry.text(), TEXT_WITH_OFFSETS));
    facet(d, OUTLET, entry.outlet());
    facet(d, YEAR, entry.year());
    facet(d, LANGUAGE, entry.language());
    writer.addDocument(d);
  }

  private static void facet(Document d, String field, String value) {
    if (value != null) {
      d.add(new StringField(field, value, Field.Store.NO));
      d.add(new SortedDocValuesField(field, new BytesRef(value)));
    }
  }

  void delete(long[] docs) throws IOException {
    writer.deleteDocuments(LongPoint.newSetQuery(DOC, docs));
  }

  /** Makes what was added and deleted durable and visible to searches. */
  void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** The document numbers in the index, sorted. */
  long[] docs() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      long[] docs = new long[searcher.getIndexReader().numDocs()];
      int n = 0;
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        NumericDocValues values = DocValues.getNumeric(leaf.reader(), DOC);
        var live = leaf.reader().getLiveDocs();
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          if (live == null || live.get(d)) {
            docs[n++] = values.longValue();
          }
        }
      }
      long[] sorted = Arrays.copyOf(docs, n);
      Arrays.sort(sorted);
      return sorted;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Runs a search.
   *
   * @param sources reads what the page's hits show, by document number
   */
  SearchResults search(SearchQuery query, Function<long[], Map<Long, HitSource>> sources) throws IOException {
    Query lucene = query(query);
    IndexSearcher searcher = searchers.acquire();
    try {
      Object[] collected = searcher.search(lucene, new MultiCollectorManager(
          new TopScoreDocCollectorManager(query.offset() + query.limit(), null, Integer.MAX_VALUE), new FacetCounter()));
      TopDocs top = (TopDocs) collected[0];
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length),
          top.scoreDocs.length);
      long[] docs = docNumbers(searcher, page);
      Map<Long, HitSource> shown = sources.apply(docs);
      Map<Integer, String> texts = new HashMap<>();
      int[] luceneIds = new int[page.length];
      for (int i = 0; i < page.length; i++) {
        luceneIds[i] = page[i].doc;
        HitSource source = shown.get(docs[i]);
        texts.put(page[i].doc, source == null ? "" : source.text());
      }
      Object[] highlights = new StoredTextHighlighter(searcher, analyzer, texts).highlight(lucene, luceneIds);
      List<SearchResults.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        HitSource source = shown.get(docs[i]);
        if (source != null) { // deleted from DuckDB since the search: left out, never shown half
          @SuppressWarnings("unchecked")
          List<SearchResults.Highlight> passages = highlights[i] == null ? List.of()
              : (List<SearchResults.Highlight>) highlights[i];
          hits.add(new SearchResults.Hit(docs[i], source.id(), source.title(), source.outlet(), source.published(),
              page[i].score, passages));
        }
      }
      return new SearchResults(top.totalHits.value, hits, (SearchResults.Facets) collected[1]);
    } finally {
      searchers.release(searcher);
    }
  }

  private Query query(SearchQuery query) {
    Query text;
    if (query.text().isBlank()) {
      text = new MatchAllDocsQuery();
    } else {
      SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 2f, TEXT, 1f));
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      Query parsed = parser.parse(query.text());
      text = parsed == null ? new MatchNoDocsQuery("only stop words") : parsed;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (query.outlet() != null) {
      b.add(new TermQuery(new Term(OUTLET, query.outlet())), BooleanClause.Occur.FILTER);
    }
    if (query.year() != null) {
      b.add(new TermQuery(new Term(YEAR, String.valueOf(query.year()))), BooleanClause.Occur.FILTER);
    }
    if (query.language() != null) {
      b.add(new TermQuery(new Term(LANGUAGE, query.language())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static long[] docNumbers(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long[] docs = new long[hits.length];
    for (int i = 0; i < hits.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), DOC);
      if (!values.advanceExact(hits[i].doc - leaf.docBase)) {
        throw new IllegalStateException("an indexed document has no number");
      }
      docs[i] = values.longValue();
    }
    return docs;
  }

  @Override
  public void close() throws IOException {
    try (directory; writer; searchers) {
      // closes the searchers, then the writer (without committing what a failed batch left), then the directory
    }
  }

  /** Counts the outlets, years and languages of every matching document. */
  private static final class FacetCounter implements CollectorManager<FacetCounter.Counts, SearchResults.Facets> {
    @Override
    public Counts newCollector() {
      return new Counts();
    }

    @Override
    public SearchResults.Facets reduce(Collection<Counts> all) {
      Map<String, Map<String, Long>> merged = new HashMap<>();
      for (Counts c : all) {
        c.counts.forEach((field, values) -> values.forEach((value, n) ->
            merged.computeIfAbsent(field, f -> new HashMap<>()).merge(value, n, Long::sum)));
      }
      return new SearchResults.Facets(sorted(merged.get(OUTLET)), sorted(merged.get(YEAR)), sorted(merged.get(LANGUAGE)));
    }

    private static List<SearchResults.FacetCount> sorted(Map<String, Long> counts) {
      if (counts == null) {
        return List.of();
      }
      return counts.entrySet().stream().map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
              .thenComparing(SearchResults.FacetCount::value))
          .toList();
    }

    static final class Counts implements Collector {
      final Map<String, Map<String, Long>> counts = new HashMap<>();

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues[] values = new SortedDocValues[FACETS.size()];
        int[][] ordCounts = new int[FACETS.size()][];
        for (int f = 0; f < values.length; f++) {
          values[f] = DocValues.getSorted(context.reader(), FACETS.get(f));
          ordCounts[f] = new int[values[f].getValueCount()];
        }
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {
          }

          @Override
          public void collect(int doc) throws IOException {
            for (int f = 0; f < values.length; f++) {
              if (values[f].advanceExact(doc)) {
                ordCounts[f][values[f].ordValue()]++;
              }
            }
          }

          @Override
          public void finish() throws IOException {
            for (int f = 0; f < values.length; f++) {
              Map<String, Long> field = counts.computeIfAbsent(FACETS.get(f), k -> new HashMap<>());
              for (int ord = 0; ord < ordCounts[f].length; ord++) {
                if (ordCounts[f][ord] > 0) {
                  field.merge(values[f].lookupOrd(ord).utf8ToString(), (long) ordCounts[f][ord], Long::sum);
                }
              }
            }
          }
        };
      }
    }
  }

  /** The unified highlighter fed with texts read from DuckDB instead of stored fields. */
  private static final class StoredTextHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> texts;

    StoredTextHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, String> texts) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
          .withFormatter(new OffsetFormatter()));
      this.texts = texts;
    }

    /** One entry per document: its passages ({@code List<Highlight>}), or null. */
    Object[] highlight(Query query, int[] luceneIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {TEXT}, query, luceneIds, new int[] {PASSAGES}).get(TEXT);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
        throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        CharSequence[] fieldValues = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          fieldValues[f] = fields[f].equals(TEXT) ? texts.getOrDefault(doc, "") : "";
        }
        values.add(fieldValues);
      }
      return values;
    }
  }

  /**
   * Passages as {@link SearchResults.Highlight}s with their offsets, not as marked-up strings. A
   * match starts after an elided article ({@code l'ambassade} → {@code ambassade}): the tokenizer
   * gives the whole token's offsets, the elision filter only drops the article from the term.
   */
  private static final class OffsetFormatter extends PassageFormatter {
    private static final Pattern ELISION = Pattern.compile("(?i)(?:l|d|j|m|n|s|t|c|qu|jusqu|quoiqu|lorsqu|puisqu)['’]");

    @Override
    public Object format(Passage[] passages, String content) {
      List<SearchResults.Highlight> highlights = new ArrayList<>();
      for (Passage p : passages) {
        List<SearchResults.Match> matches = new ArrayList<>();
        for (int i = 0; i < p.getNumMatches(); i++) {
          int start = p.getMatchStarts()[i];
          int end = p.getMatchEnds()[i];
          Matcher article = ELISION.matcher(content).region(start, end);
          matches.add(new SearchResults.Match(article.lookingAt() && article.end() < end ? article.end() : start, end));
        }
        highlights.add(new SearchResults.Highlight(p.getStartOffset(), p.getEndOffset(),
            content.substring(p.getStartOffset(), p.getEndOffset()), matches));
      }
      highlights.sort(Comparator.comparingInt(SearchResults.Highlight::start));
      return highlights;
    }
  }
}
