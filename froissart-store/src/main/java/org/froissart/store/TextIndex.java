package org.froissart.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the stored documents' titles and texts, one Lucene document per analysed
 * document (error records have no text and are not indexed), keyed by the store's document
 * number. What a hit shows (id, title, outlet, date, text) is stored in Lucene too, so a search
 * never waits on DuckDB, whose point lookups scan; DuckDB stays the truth the index is rebuilt
 * from. Adding and committing come from one thread at a time; searching is thread-safe.
 */
final class TextIndex implements Closeable {
  static final String DOC = "doc";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String OUTLET = "outlet";
  static final String YEAR = "year";
  static final String LANGUAGE = "language";
  static final String ID = "id";
  static final String PUBLISHED = "published";
  /** One doc value per document joining its three facet values, so counting reads one value a hit. */
  static final String FACETS = "facets";
  private static final char FACET_SEPARATOR = '\u001f';
  private static final int PASSAGES = 2;
  private static final int PASSAGE_LENGTH = 200;
  private static final Set<String> SHOWN = Set.of(ID, TITLE, OUTLET, PUBLISHED);

  /** What is indexed of one document; {@code title}, {@code outlet}, {@code published} and {@code language} may be null. */
  record Entry(long doc, String id, String title, String text, String outlet, String published, String language) {
    String year() {
      return published == null || published.length() < 4 ? null : published.substring(0, 4);
    }
  }

  private final Analyzer analyzer = new FrenchFoldingAnalyzer();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ExecutorService counters = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "froissart-search-counter");
    thread.setDaemon(true);
    return thread;
  });

  TextIndex(Path folder) throws IOException {
    directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64)
        .setUseCompoundFile(false)
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
    d.add(new StoredField(ID, entry.id()));
    if (entry.title() != null) {
      d.add(new TextField(TITLE, entry.title(), Field.Store.YES));
    }
    d.add(new TextField(TEXT, entry.text(), Field.Store.YES));
    if (entry.published() != null) {
      d.add(new StoredField(PUBLISHED, entry.published()));
    }
    filter(d, OUTLET, entry.outlet(), Field.Store.YES); // stored too: hits show it
    filter(d, YEAR, entry.year(), Field.Store.NO);
    filter(d, LANGUAGE, entry.language(), Field.Store.NO);
    d.add(new SortedDocValuesField(FACETS, new BytesRef(Stream.of(entry.outlet(), entry.year(), entry.language())
        .map(value -> value == null ? "" : value).collect(Collectors.joining(String.valueOf(FACET_SEPARATOR))))));
    writer.addDocument(d);
  }

  /** A field that {@link SearchQuery}'s facet filters match exactly. */
  private static void filter(Document d, String field, String value, Field.Store store) {
    if (value != null) {
      d.add(new StringField(field, value, store));
    }
  }

  void delete(long[] docs) throws IOException {
    writer.deleteDocuments(LongPoint.newSetQuery(DOC, docs));
  }

  /** Deletes the documents numbered {@code first} to {@code last}, both included. */
  void delete(long first, long last) throws IOException {
    writer.deleteDocuments(LongPoint.newRangeQuery(DOC, first, last));
  }

  /** Makes what was added and deleted durable and visible to searches. */
  void commit() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** How many documents the index holds, as searches see it. */
  int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
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
   * Runs a search: the page of hits by score, and, on another thread at the same time, every hit
   * counted by facet in a pass that does not score (cheaper than scoring every hit to count them
   * in one pass).
   */
  SearchResults search(SearchQuery query) throws IOException {
    Query lucene = query(query);
    IndexSearcher searcher = searchers.acquire();
    CompletableFuture<FacetCounter.Result> counting = CompletableFuture.supplyAsync(() -> {
      try {
        return searcher.search(lucene, new FacetCounter());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, counters);
    try {
      TopDocs top = searcher.search(lucene, query.offset() + query.limit());
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), top.scoreDocs.length),
          top.scoreDocs.length);
      int[] luceneIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
      Object[] highlights = new PassageHighlighter(searcher, analyzer).passages(lucene, luceneIds);
      StoredFields stored = searcher.storedFields();
      List<SearchResults.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document d = stored.document(page[i].doc, SHOWN);
        @SuppressWarnings("unchecked")
        List<SearchResults.Highlight> passages = highlights[i] == null ? List.of()
            : (List<SearchResults.Highlight>) highlights[i];
        hits.add(new SearchResults.Hit(docNumber(searcher, page[i].doc), d.get(ID), d.get(TITLE), d.get(OUTLET),
            d.get(PUBLISHED), page[i].score, passages));
      }
      FacetCounter.Result counted = counting.join();
      return new SearchResults(counted.total(), hits, counted.facets());
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    } finally {
      // The searcher goes back only once the counting pass is done with it.
      counting.exceptionally(e -> null).join();
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

  private static long docNumber(IndexSearcher searcher, int luceneId) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(luceneId, leaves));
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), DOC);
    if (!values.advanceExact(luceneId - leaf.docBase)) {
      throw new IllegalStateException("an indexed document has no number");
    }
    return values.longValue();
  }

  @Override
  public void close() throws IOException {
    counters.shutdownNow();
    try (directory; writer; searchers) {
      // closes the searchers, then the writer (without committing what a failed batch left), then the directory
    }
  }

  /** Counts the matching documents, and their outlets, years and languages. */
  private static final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {
    record Result(long total, SearchResults.Facets facets) {
    }

    @Override
    public Counts newCollector() {
      return new Counts();
    }

    @Override
    public Result reduce(Collection<Counts> all) {
      long total = 0;
      List<Map<String, Long>> merged = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
      for (Counts c : all) {
        total += c.total;
        c.byKey.forEach((key, n) -> {
          String[] values = key.split(String.valueOf(FACET_SEPARATOR), -1);
          for (int f = 0; f < values.length; f++) {
            if (!values[f].isEmpty()) {
              merged.get(f).merge(values[f], n, Long::sum);
            }
          }
        });
      }
      return new Result(total, new SearchResults.Facets(sorted(merged.get(0)), sorted(merged.get(1)),
          sorted(merged.get(2))));
    }

    private static List<SearchResults.FacetCount> sorted(Map<String, Long> counts) {
      return counts.entrySet().stream().map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue()))
          .sorted(Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
              .thenComparing(SearchResults.FacetCount::value))
          .toList();
    }

    static final class Counts implements Collector {
      final Map<String, Long> byKey = new HashMap<>();
      long total;

      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedDocValues values = DocValues.getSorted(context.reader(), FACETS);
        int[] perOrd = new int[values.getValueCount()];
        return new LeafCollector() {
          @Override
          public void setScorer(Scorable scorer) {
          }

          @Override
          public void collect(int doc) throws IOException {
            total++;
            if (values.advanceExact(doc)) {
              perOrd[values.ordValue()]++;
            }
          }

          @Override
          public void finish() throws IOException {
            for (int ord = 0; ord < perOrd.length; ord++) {
              if (perOrd[ord] > 0) {
                byKey.merge(values.lookupOrd(ord).utf8ToString(), (long) perOrd[ord], Long::sum);
              }
            }
          }
        };
      }
    }
  }

  /** The unified highlighter, its passages as {@link SearchResults.Highlight}s. */
  private static final class PassageHighlighter extends UnifiedHighlighter {
    PassageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
      super(UnifiedHighlighter.builder(searcher, analyzer)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
              BreakIterator.getSentenceInstance(Locale.FRENCH), PASSAGE_LENGTH, 0.5f))
          .withFormatter(new OffsetFormatter()));
    }

    /** For each document, its passages ({@code List<Highlight>}) or null. */
    Object[] passages(Query query, int[] luceneIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {TEXT}, query, luceneIds, new int[] {PASSAGES}).get(TEXT);
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
