package org.mednumlod.site.cli;

import java.util.concurrent.Callable;

/** A subcommand of {@code mednum-lod}: run on the process's streams and working directory, with its French help. */
public interface Subcommand extends Callable<Integer> {

    /** Its {@code --help} text. */
    String usage();
}
