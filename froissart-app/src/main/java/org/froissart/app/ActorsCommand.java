package org.froissart.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.froissart.actors.KnowledgeBase;
import org.froissart.actors.PetrarchDictionary;
import org.froissart.pipeline.ResourceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code froissart actors}: checks the knowledge base, or exports it as a PETRARCH dictionary. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Check the actor knowledge base (actors/*.tsv), or export it in the PETRARCH/Phoenix actor"
        + " dictionary format.", "Exit code: 0 when the check finds nothing, 1 when it lists problems, 2 when the"
        + " files cannot be read."},
    footer = {"", "Examples:", "  froissart actors check", "  froissart actors check --actors mine.actors.txt",
        "  froissart actors export > froissart.actors.txt"})
public final class ActorsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ACTION", description = "check or export")
  Action action;

  @Option(names = "--actors", paramLabel = "FILE", description = "A PETRARCH actor dictionary to add (repeatable).")
  List<Path> dictionaries = List.of();

  @Option(names = "--resources", paramLabel = "DIR", description = "A directory whose data files replace the bundled ones.")
  Path resources;

  enum Action { check, export }

  private final PrintStream stdout;
  private final PrintStream stderr;

  ActorsCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    KnowledgeBase kb;
    try {
      kb = StandardPipeline.knowledgeBase(new ResourceLoader(resources),
          dictionaries);
    } catch (IllegalArgumentException | IOException e) {
      stderr.println("froissart actors: " + e.getMessage());
      return Main.USAGE;
    }
    if (action == Action.export) {
      PetrarchDictionary.write(kb, new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
      return 0;
    }
    List<String> problems = kb.problems();
    problems.forEach(stdout::println);
    stderr.println("froissart actors: " + kb.actors().size() + " actors, " + kb.roles().size() + " roles, "
        + problems.size() + " problem(s)");
    return problems.isEmpty() ? 0 : 1;
  }
}
