package app.limber.js;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the JavaScript unit tests under src/test/js with Node's own test runner ({@code node --test}), called by
 * Maven in the verify phase (exec-maven-plugin, see pom.xml). Where there is no {@code node} on the PATH the tests
 * are skipped with the reason printed in the build log, unless {@code LIMBER_REQUIRE_NODE=true} (set by .ci/run):
 * then a missing Node fails the build, so CI never passes without them.
 */
public final class NodeTestRunner {

    private NodeTestRunner() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/js");
        boolean required = "true".equals(System.getenv("LIMBER_REQUIRE_NODE"));
        Optional<Path> node = onPath("node");
        if (node.isEmpty()) {
            if (required) {
                throw new IllegalStateException("LIMBER_REQUIRE_NODE=true but no node on the PATH: the JavaScript "
                        + "tests in " + dir + " cannot run");
            }
            System.out.println("[js] SKIPPED the JavaScript tests in " + dir + ": no node on the PATH "
                    + "(install Node 18+ to run them; CI sets LIMBER_REQUIRE_NODE=true)");
            return;
        }
        List<String> files;
        try (Stream<Path> found = Files.list(dir)) {
            files = found.map(Path::toString).filter(name -> name.endsWith(".test.js")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of(node.get().toString(), "--test"));
        command.addAll(files);
        System.out.println("[js] " + String.join(" ", command));
        int status = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("JavaScript tests failed (node exited with " + status + ")");
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(s -> Path.of(s, name))
                .filter(Files::isExecutable).findFirst();
    }
}
