package org.froissart.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.froissart.store.SearchQuery;
import org.froissart.store.SearchResults;
import org.froissart.store.Store;
import org.froissart.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code froissart search}: full-text search of a store, hits with highlighted passages. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Search the titles and texts of a store's documents. Accents and case do not matter (teheran"
        + " finds Téhéran) and words are matched by their stem (ministres finds ministre).",
        "Query syntax: words (all required), \"a phrase\", -excluded, a | b (either), prefix*.",
        "Each hit shows its id, store number, outlet, date, title and best passages, the matched words in [brackets];"
            + " a first line counts the hits by outlet and year.",
        "Exit code: 0 when something matched, 1 when nothing did, 2 when the command line is wrong or the store"
            + " cannot be used."},
    footer = {"", "Examples:", "  froissart search teheran", "  froissart search --limit 5 '\"garde révolutionnaire\" -Irak'",
        "  froissart search --store /data/corpus --outlet afp --year 2020 Beyrouth"})
public final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several words are joined by spaces).")
  List<String> query;

  @Option(names = "--store", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
  Path store = Store.DEFAULT_DIRECTORY;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip first, to page (default ${DEFAULT-VALUE}).")
  int offset = 0;

  @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only documents of this outlet (registry id, else name).")
  String outlet;

  @Option(names = "--year", paramLabel = "YYYY", description = "Only documents published this year.")
  Integer year;

  private final PrintStream stdout;
  private final PrintStream stderr;

  SearchCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    if (limit < 1 || limit > SearchQuery.MAX_LIMIT || offset < 0) {
      stderr.println("froissart search: --limit must be 1 to " + SearchQuery.MAX_LIMIT + " and --offset 0 or more");
      return Main.USAGE;
    }
    SearchQuery search = new SearchQuery(String.join(" ", query), outlet, year, null, offset, limit);
    SearchResults results;
    try (Store opened = Store.openExisting(store)) {
      results = opened.search(search);
    } catch (StoreException e) {
      stderr.println("froissart search: " + e.getMessage());
      return Main.USAGE;
    }
    stdout.println(results.total() + (results.total() == 1 ? " document matches" : " documents match")
        + facet(". Outlets: ", results.facets().outlets()) + facet(". Years: ", results.facets().years()) + ".");
    int rank = offset;
    for (SearchResults.Hit hit : results.hits()) {
      stdout.println();
      stdout.println(++rank + ". " + hit.id() + "  (doc " + hit.doc() + ")  " + (hit.outlet() == null ? "-" : hit.outlet())
          + "  " + (hit.published() == null ? "-" : hit.published()));
      if (hit.title() != null) {
        stdout.println("   " + hit.title());
      }
      for (SearchResults.Highlight passage : hit.highlights()) {
        stdout.println("   " + marked(passage));
      }
    }
    stdout.flush();
    return results.total() > 0 ? 0 : 1;
  }

  private static String facet(String name, List<SearchResults.FacetCount> counts) {
    return counts.isEmpty() ? "" : name + counts.stream().limit(8).map(c -> c.value() + " " + c.count())
        .collect(Collectors.joining(", ")) + (counts.size() > 8 ? ", …" : "");
  }

  /** The passage on one line, each match in brackets. */
  static String marked(SearchResults.Highlight passage) {
    StringBuilder line = new StringBuilder();
    int at = passage.start();
    for (SearchResults.Match m : passage.matches()) {
      line.append(passage.text(), at - passage.start(), m.start() - passage.start()).append('[')
          .append(passage.text(), m.start() - passage.start(), m.end() - passage.start()).append(']');
      at = m.end();
    }
    line.append(passage.text().substring(at - passage.start()));
    return "…" + line.toString().strip().replaceAll("\\s+", " ") + "…";
  }
}
