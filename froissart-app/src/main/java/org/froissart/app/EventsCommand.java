package org.froissart.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.froissart.document.AnalyzedDocument;
import org.froissart.document.Document;
import org.froissart.document.Event;
import org.froissart.document.Layer;
import org.froissart.document.Outcome;
import org.froissart.events.CameoOntology;
import org.froissart.events.EventLexicon;
import org.froissart.pipeline.Pipeline;
import org.froissart.pipeline.ResourceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code froissart events check}: codes every lexicon entry's example and lists the entries it does not show. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check the event lexicon (events/lexicon.tsv): each entry's example sentence is analysed and must"
        + " give the entry's CAMEO code with the source and target countries of its 'expect' column.",
        "Exit code: 0 when every entry is shown by its example, 1 when some are not (listed), 2 when the files"
            + " cannot be read."},
    footer = {"", "Examples:", "  froissart events check", "  froissart events check --resources my-data/"})
public final class EventsCommand implements Callable<Integer> {
  /** The date the examples are read on: their "mardi" and "le 3 mars" fall in the months before. */
  static final String EXAMPLE_DATE = "2020-06-15";

  @Parameters(paramLabel = "ACTION", description = "check")
  Action action;

  @Option(names = "--resources", paramLabel = "DIR", description = "A directory whose data files replace the bundled ones.")
  Path resources;

  enum Action { check }

  private final PrintStream stdout;
  private final PrintStream stderr;

  EventsCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    ResourceLoader loader;
    EventLexicon lexicon;
    try {
      loader = new ResourceLoader(resources);
      lexicon = EventLexicon.load(loader, CameoOntology.load(loader));
    } catch (IllegalArgumentException e) {
      stderr.println("froissart events: " + e.getMessage());
      return Main.USAGE;
    }
    stderr.println("froissart events: loading the French models and coding " + lexicon.entries().size() + " examples…");
    List<String> failures = failures(StandardPipeline.create(loader, true, true), lexicon);
    failures.forEach(stdout::println);
    int shown = lexicon.entries().size() - failures.size();
    stderr.println("froissart events: " + shown + " of " + lexicon.entries().size() + " entries shown by their example");
    return failures.isEmpty() ? 0 : 1;
  }

  /** One line per entry whose example does not give it: the entry, the example, what was coded instead. */
  static List<String> failures(Pipeline pipeline, EventLexicon lexicon) {
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (EventLexicon.Entry entry : lexicon.entries()) {
      Document document = new Document("example-" + (++n), entry.example() + "\n",
          new Document.Metadata(EXAMPLE_DATE, true, null, null, null));
      Outcome outcome = pipeline.analyze(document);
      List<Event> events = outcome instanceof AnalyzedDocument a ? a.get(Layer.EVENTS) : List.of();
      if (!entry.shownBy(events)) {
        List<String> got = events.stream().map(e -> e.cameo() + " " + e.source().code() + ">"
            + (e.target() == null ? "-" : e.target().code()) + " «" + e.trigger().text() + "»").toList();
        failures.add(entry.code() + "\t" + String.join(" ", entry.words()) + "\t" + entry.expect() + "\t"
            + entry.example() + "\tgot " + got);
      }
    }
    return failures;
  }
}
