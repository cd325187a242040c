package org.froissart.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./froissart}: dispatches to the subcommands. */
@Command(name = "froissart", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Auditable political event data from French news articles.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, ExportCommand.class, ActorsCommand.class,
        EventsCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when the command line itself is wrong. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /** Runs a command line with the given streams; returns the exit code. */
  static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == AnalyzeCommand.class ? type.cast(new AnalyzeCommand(in, out, err))
            : type == IngestCommand.class ? type.cast(new IngestCommand(in, err))
            : type == SearchCommand.class ? type.cast(new SearchCommand(out, err))
            : type == ExportCommand.class ? type.cast(new ExportCommand(out, err))
            : type == ActorsCommand.class ? type.cast(new ActorsCommand(out, err))
            : type == EventsCommand.class ? type.cast(new EventsCommand(out, err))
            : type == ServeCommand.class ? type.cast(new ServeCommand(err))
            : type == DemoCommand.class ? type.cast(new DemoCommand(err))
            : CommandLine.defaultFactory().create(type);
      }
    };
    return new CommandLine(new Main(), factory)
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .setParameterExceptionHandler((e, a) -> {
          e.getCommandLine().getErr().println("froissart: " + e.getMessage());
          e.getCommandLine().usage(e.getCommandLine().getErr());
          return USAGE;
        })
        .execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"froissart " + org.froissart.pipeline.Pipeline.VERSION};
    }
  }
}
