package org.mednumlod.site.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.mednumlod.endpoint.release.Releases;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mednum-lod rollback}: switch back to the previous complete release (its help is the publish command's). */
@Command(name = "rollback")
public final class RollbackCommand implements Subcommand {
    @Option(
            names = {"--help", "-h"},
            usageHelp = true)
    boolean help;
    /** Arguments are not read (as before the command line moved to picocli). */
    @Parameters
    List<String> arguments = new ArrayList<>();

    @Override
    public String usage() {
        return PublishCommand.USAGE;
    }

    @Override
    public int run(PrintStream out, PrintStream err) {
        WorkingDirectory cwd = WorkingDirectory.current();
        try (Releases releases = Releases.open(
                cwd.dataDir(), cwd.properties().baseUri(), cwd.properties().remoteStore())) {
            out.println("Version courante : " + releases.rollback());
        }
        return 0;
    }
}
