package org.mednumlod.site.cli;

import java.io.PrintStream;
import java.util.List;
import picocli.CommandLine;

/**
 * How every command reads its arguments (picocli): options with their aliases, the last value of a repeated option
 * winning, an argument that looks like an option but is none ({@code -x}) taken as an argument, an unknown
 * {@code --option} refused; errors as {@link UsageException}s in French, {@code --help} answered with the command's
 * own French text.
 */
public final class Cli {
    private Cli() {}

    /** The command line of one command, configured as every command of the platform is. */
    public static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setOverwrittenOptionsAllowed(true);
        cl.setUnmatchedOptionsArePositionalParams(true);
        cl.setAllowOptionsAsOptionParameters(true);
        cl.setPosixClusteredShortOptionsAllowed(false);
        return cl;
    }

    /**
     * Reads {@code args} into {@code command}.
     *
     * @return true when the command's help was asked for (then printed on {@code out}, nothing else to do)
     */
    static boolean parse(Object command, String[] args, String usage, PrintStream out) {
        CommandLine cl = commandLine(command);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw usageError(e, args);
        }
        if (cl.isUsageHelpRequested()) {
            out.print(usage);
            return true;
        }
        return false;
    }

    /** A parse error in French: an option without its value (the last argument), or anything else picocli refuses. */
    public static UsageException usageError(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.MissingParameterException && args.length > 0) {
            return new UsageException("l'option " + args[args.length - 1] + " attend une valeur");
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            return new UsageException("option inconnue : " + u.getUnmatched().get(0));
        }
        return new UsageException("arguments incorrects : " + String.join(" ", args));
    }

    /** Refuses the first {@code --option} the command does not know (picocli took it as an argument). */
    static void refuseUnknownOptions(List<String> arguments) {
        arguments.stream().filter(a -> a.startsWith("--")).findFirst().ifPresent(a -> {
            throw new UsageException("option inconnue : " + a);
        });
    }
}
