package org.mednumlod.site.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line options: {@code --name value} pairs (with aliases), flags, and positional arguments. */
public final class Options {
    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    /** Thrown for a usage error (exit code 2). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param withValue option names taking a value, each with its aliases (first is canonical)
     * @param flags     option names without value
     */
    static Options parse(String[] args, List<List<String>> withValue, Set<String> flags) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flags.contains(a)) {
                o.values.computeIfAbsent(a, k -> new ArrayList<>()).add("true");
                continue;
            }
            String name = canonical(a, withValue);
            if (name != null) {
                if (i + 1 >= args.length) {
                    throw new UsageException("l'option " + a + " attend une valeur");
                }
                o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
            } else if (a.startsWith("--")) {
                throw new UsageException("option inconnue : " + a);
            } else {
                o.positional.add(a);
            }
        }
        return o;
    }

    private static String canonical(String arg, List<List<String>> withValue) {
        for (List<String> names : withValue) {
            if (names.contains(arg)) {
                return names.get(0);
            }
        }
        return null;
    }

    String get(String name, String fallback) {
        List<String> v = values.get(name);
        return v == null ? fallback : v.get(v.size() - 1);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }
}
