package kz.qogam.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code qogam}: the command line. Each subcommand is a class of its own in this package. */
@Command(name = "qogam", mixinStandardHelpOptions = true, versionProvider = QogamCommand.Version.class,
        description = "A knowledge graph of civil society in Kazakhstan, from Russian and Kazakh texts.",
        subcommands = {ServeCommand.class, IngestCommand.class, QueryCommand.class, ValidateCommand.class,
                ExportCommand.class, ImportCommand.class, EvalCommand.class, BenchCommand.class, ReindexCommand.class, CommandLine.HelpCommand.class})
public final class QogamCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The configured command line: an exception from a command is reported as one line saying
     * what was wrong (exit code 2), not as a stack trace.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new QogamCommand())
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    cmd.getErr().println("qogam " + cmd.getCommandName() + ": " + ex.getMessage());
                    cmd.getErr().flush();
                    return 2;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = QogamCommand.class.getPackage().getImplementationVersion();
            return new String[] {"qogam " + (v == null ? "(development build)" : v)};
        }
    }
}
