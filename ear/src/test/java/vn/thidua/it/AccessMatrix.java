package vn.thidua.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The declared matrix of who may do what, {@code docs/access-matrix.tsv}, and what the code
 * has that it must cover: every page, every JAX-RS resource method and every public business
 * method of a service EJB ({@code @Stateless} or {@code @Singleton} in a {@code *.service}
 * package), read from the sources so that a new one without a row fails
 * {@link AccessMatrixIT#theMatrixCoversEveryPageEndpointAndServiceMethod()}.
 */
final class AccessMatrix {

    /** The answer columns, in the file's order. */
    enum Role {
        ADMIN("admin", "quantri"),
        SPECIALIST("specialist", "chuyenvien"),
        BOARD_LEADER("boardLeader", "lanhdaoban"),
        REPRESENTATIVE("representative", "tinhdoan"),
        LEADER("leader", "hlhpn"),
        DEPUTY("deputy", "hnd"),
        MEMBER("member", "hccb"),
        OTHER_BLOC("otherBloc", "sotc"),
        ANONYMOUS("anonymous", null);

        final String column;
        /** The demo account that plays the role in the fixture (null: no login). */
        final String username;

        Role(String column, String username) {
            this.column = column;
            this.username = username;
        }
    }

    /** The resource types every IDOR check must cover. */
    static final List<String> RESOURCE_TYPES = List.of("bloc", "year", "covenant", "assessment", "evidence", "activity",
            "meeting", "ballot", "proposal", "document", "award");

    /** One row: kind (page, api, service), target, resource type (or -), effect (read, write) and one answer per role. */
    record Row(int line, String kind, String target, String resource, String effect, Map<Role, String> answers) {

        /** The target without query string and with every {placeholder} as {}: what coverage compares. */
        String coverageKey() {
            String key = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
            return key.replaceAll("\\{[^}]*}", "{}");
        }
    }

    private static final Pattern PUBLIC_METHOD = Pattern.compile(
            "^    public\\s+(?!static\\b)(?!record\\b)(?!class\\b)(?!enum\\b)(?!interface\\b)[^;{=()]*?\\s(\\w+)\\s*\\(",
            Pattern.MULTILINE);
    private static final Pattern EJB = Pattern.compile("^@(Stateless|Singleton)\\b", Pattern.MULTILINE);
    private static final Pattern CLASS_PATH = Pattern.compile("^@Path\\(\"([^\"]*)\"\\)", Pattern.MULTILINE);
    private static final Pattern RESOURCE_METHOD = Pattern.compile(
            "^    @(GET|POST|PUT|DELETE|PATCH)\\s*\\n(?:    @(?!Path)[^\\n]*\\n)*(?:    @Path\\(\"([^\"]*)\"\\)\\s*\\n)?",
            Pattern.MULTILINE);

    private AccessMatrix() {
    }

    /** The project's root directory (the one holding docs/access-matrix.tsv), from the build's working directory. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/access-matrix.tsv"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/access-matrix.tsv not found above " + Path.of("").toAbsolutePath());
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        List<String> lines = read(root().resolve("docs/access-matrix.tsv"));
        String[] header = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = cells;
                List<String> expected = new ArrayList<>(List.of("kind", "target", "resource", "effect"));
                Stream.of(Role.values()).forEach(r -> expected.add(r.column));
                if (!List.of(header).equals(expected)) {
                    throw new IllegalStateException("header of docs/access-matrix.tsv: " + List.of(header) + ", expected " + expected);
                }
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalStateException("line " + (n + 1) + ": " + cells.length + " cells, expected " + header.length + ": " + line);
            }
            Map<Role, String> answers = new java.util.EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                answers.put(role, cells[4 + role.ordinal()].trim());
            }
            rows.add(new Row(n + 1, cells[0].trim(), cells[1].trim(), cells[2].trim(), cells[3].trim(), answers));
        }
        return rows;
    }

    /** Every page (an .xhtml outside WEB-INF, which no one can request), as /path. */
    static Set<String> pages() {
        Path webapp = root().resolve("web-war/src/main/webapp");
        try (Stream<Path> files = Files.walk(webapp)) {
            Set<String> pages = new TreeSet<>();
            files.filter(p -> p.toString().endsWith(".xhtml")).map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/META-INF/")).forEach(pages::add);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every JAX-RS resource method, as "GET /api/ballots/{}/turnout". */
    static Set<String> endpoints() {
        Path api = root().resolve("web-war/src/main/java/vn/thidua/web/api");
        Set<String> endpoints = new TreeSet<>();
        for (Path file : list(api)) {
            String source = String.join("\n", read(file)) + "\n";
            Matcher classPath = CLASS_PATH.matcher(source);
            if (!classPath.find()) {
                continue;
            }
            String base = "/api/" + classPath.group(1);
            Matcher m = RESOURCE_METHOD.matcher(source);
            while (m.find()) {
                String path = m.group(2) == null ? base : base + "/" + m.group(2);
                endpoints.add(m.group(1) + " " + path.replaceAll("\\{[^}]*}", "{}"));
            }
        }
        return endpoints;
    }

    /** Every public business method of a service EJB, as "ProposalService#approve" (overloads are one row). */
    static Set<String> serviceMethods() {
        Path java = root().resolve("domain-ejb/src/main/java/vn/thidua");
        Set<String> methods = new TreeSet<>();
        for (Path area : list(java)) {
            Path service = area.resolve("service");
            if (!Files.isDirectory(service)) {
                continue;
            }
            for (Path file : list(service)) {
                String source = String.join("\n", read(file));
                if (!file.toString().endsWith(".java") || !EJB.matcher(source).find()) {
                    continue;
                }
                String type = file.getFileName().toString().replace(".java", "");
                Matcher m = PUBLIC_METHOD.matcher(source);
                while (m.find()) {
                    methods.add(type + "#" + m.group(1));
                }
            }
        }
        return methods;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
