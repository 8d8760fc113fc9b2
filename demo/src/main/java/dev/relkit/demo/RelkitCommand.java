package dev.relkit.demo;

import dev.relkit.demo.sakila.GraphCommand;
import dev.relkit.demo.sakila.SakilaCommand;
import dev.relkit.demo.scaleout.ScaleOutCommand;
import dev.relkit.demo.tour.TourCommand;
import dev.relkit.generator.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar demo/target/relkit-demo.jar COMMAND ...}: the entry point of relkit's demo.
 */
@Command(name = "relkit-demo",
        mixinStandardHelpOptions = true,
        version = "relkit demo 0.1.0",
        description = "relkit's runnable tour and tools.",
        subcommands = {TourCommand.class, SakilaCommand.class, GraphCommand.class, GenerateCommand.class,
                ScaleOutCommand.class, CommandLine.HelpCommand.class})
public final class RelkitCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors reported as one line on stderr. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RelkitCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("error: " + oneLine(exception));
            return 1;
        });
        return commandLine;
    }

    private static String oneLine(Throwable exception) {
        String message = exception.getMessage() != null ? exception.getMessage() : exception.toString();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
