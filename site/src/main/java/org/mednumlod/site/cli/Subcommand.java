package org.mednumlod.site.cli;

import java.io.PrintStream;

/** A subcommand of {@code mednum-lod}, its options read by picocli: what it runs and its French help. */
public interface Subcommand {

    /** Runs in the process's working directory: its exit code, or throws (the launcher turns that into 1 or 2). */
    int run(PrintStream out, PrintStream err) throws Exception;

    /** Its {@code --help} text. */
    String usage();
}
