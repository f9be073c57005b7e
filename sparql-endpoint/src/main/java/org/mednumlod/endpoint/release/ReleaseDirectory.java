package org.mednumlod.endpoint.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The on-disk layout of the releases: {@code dir/releases/{id}/tdb2} (the database), {@code …/dumps},
 * {@code …/COMPLETE} (written last, when the release was built whole), {@code dir/current} (the pointer, replaced
 * by an atomic rename) and {@code dir/publish.lock} (held by the one process that publishes).
 */
final class ReleaseDirectory {
    private final Path dir;

    ReleaseDirectory(Path dir) {
        this.dir = dir;
    }

    /** The data folder itself (the URI registry lives there, beside the releases: {@link org.mednumlod.endpoint.identity.UriRegistry}). */
    Path root() {
        return dir;
    }

    Path release(String id) {
        return dir.resolve("releases").resolve(id);
    }

    Path database(String id) {
        return release(id).resolve("tdb2");
    }

    Path dumps(String id) {
        return release(id).resolve("dumps");
    }

    /** Remote store mode: the remote dataset (0 or 1) that holds release {@code id}. */
    Optional<Integer> slot(String id) {
        Path file = release(id).resolve("magasin-distant");
        try {
            return Files.exists(file)
                    ? Optional.of(Integer.parseInt(Files.readString(file).trim()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeSlot(String id, int slot) {
        write(release(id).resolve("magasin-distant"), Integer.toString(slot));
    }

    /** Remote store mode: the releases held by {@code slot} are about to be overwritten; they can no longer be served. */
    void forgetSlot(int slot) {
        for (String id : completeReleases()) {
            if (slot(id).filter(s -> s == slot).isPresent()) {
                try {
                    Files.delete(release(id).resolve("COMPLETE"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    boolean isComplete(String id) {
        return Files.exists(release(id).resolve("COMPLETE"));
    }

    void markComplete(String id, String text) {
        write(release(id).resolve("COMPLETE"), text);
    }

    /** The id the pointer names; a pointer naming an incomplete release is an error (it is never written so). */
    Optional<String> pointer() {
        Path pointer = dir.resolve("current");
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            String id = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            if (!isComplete(id)) {
                throw new IllegalStateException("la version courante " + id + " est incomplète");
            }
            return Optional.of(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the new id to a temporary file and renames it over the pointer: readers see old or new, never half. */
    void switchPointer(String id) {
        Path tmp = dir.resolve("current.tmp");
        write(tmp, id);
        try {
            Files.move(
                    tmp, dir.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the releases built whole, oldest first. */
    List<String> completeReleases() {
        return releases().stream().filter(this::isComplete).toList();
    }

    private List<String> releases() {
        Path releases = dir.resolve("releases");
        if (!Files.isDirectory(releases)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(releases)) {
            return list.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes the publish lock: one publish at a time, whichever process runs it. Fails at once, in French, when
     * another publish holds it. The operating system releases it if the process dies.
     */
    FileLock lockForPublish() {
        try {
            Files.createDirectories(dir);
            FileChannel channel =
                    FileChannel.open(dir.resolve("publish.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null; // held by this JVM
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("une publication est déjà en cours dans " + dir);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Under the publish lock: deletes what killed or failed publishes left (release folders without COMPLETE) and
     * the complete releases older than the {@code keep} newest, never the one the pointer names.
     */
    void prune(int keep, Consumer<String> progress) {
        Optional<String> current = pointer();
        List<String> complete = completeReleases();
        List<String> doomed = new ArrayList<>();
        for (String id : releases()) {
            boolean old = complete.contains(id) && complete.indexOf(id) < complete.size() - keep;
            if ((!complete.contains(id) || old) && !current.filter(id::equals).isPresent()) {
                doomed.add(id);
            }
        }
        for (String id : doomed) {
            progress.accept((isComplete(id) ? "Ancienne version supprimée : " : "Version inachevée supprimée : ") + id);
            deleteTree(release(id));
        }
    }

    /** Deletes a folder and all it holds. */
    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
