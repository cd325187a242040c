package org.froissart.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./froissart}: dispatches to the subcommands. */
@Command(name = "froissart", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Auditable political event data from French news articles.",
    subcommands = {AnalyzeCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code when the command line itself is wrong. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    return new CommandLine(new Main())
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
