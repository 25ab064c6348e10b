package vn.thidua.ballot.verifier;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import org.bouncycastle.math.ec.ECPoint;

/**
 * The independent check of an election record (docs/ELECTION-RECORD.md), from the file
 * alone, with no database and none of the portal's prover classes: it re-implements the
 * documented equations with BouncyCastle's curve arithmetic and SHA-256. It checks, in
 * order: the format; the key (Feldman commitments against the verification keys); every
 * ballot (its tracker, each 0/1 proof, each seat's overall proof); that no ballot or
 * ciphertext appears twice; the encrypted tally as the sum of the ballots; every partial
 * decryption's proof; the Lagrange combination; and the announced result as the
 * decryption. Each failure names the ballot, seat, candidate or holder concerned.
 *
 * <p>Command line: {@code java vn.thidua.ballot.verifier.ElectionRecordVerifier record.json}
 * prints each check and exits 0 when every check passes, 1 otherwise.
 */
public final class ElectionRecordVerifier {

    /** Looked up once: {@code Json.createX} searches the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private ElectionRecordVerifier() {
    }

    /** One named check and its outcome. */
    public record Check(String name, boolean passed, String detail) {

        @Override
        public String toString() {
            return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
        }
    }

    /** Every check made, in order. */
    public record Report(List<Check> checks) {

        public Report {
            checks = List.copyOf(checks);
        }

        /** Whether every check passed. */
        public boolean passed() {
            return !checks.isEmpty() && checks.stream().allMatch(Check::passed);
        }

        /** The checks that failed. */
        public List<Check> failures() {
            return checks.stream().filter(c -> !c.passed()).toList();
        }
    }

    public static void main(String[] args) {
        // the report goes to standard output in UTF-8 whatever the platform's encoding (a command,
        // not server code: the portal itself logs through JUL)
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(args, out));
    }

    /** The command line: verifies the file named by the only argument; 0 when valid, else 1. */
    public static int run(String[] args, PrintStream out) {
        if (args.length != 1) {
            out.println("usage: ElectionRecordVerifier <election-record.json>");
            return 1;
        }
        Report report = verify(Path.of(args[0]));
        report.checks().forEach(out::println);
        out.println(report.passed() ? "VALID: every check passed"
                : "INVALID: " + report.failures().size() + " check(s) failed");
        return report.passed() ? 0 : 1;
    }

    /** Reads and verifies a record file. */
    public static Report verify(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonReader reader = JSON.createReader(in)) {
            return verify(reader.readObject());
        } catch (IOException | JsonException e) {
            return new Report(List.of(new Check("record format", false, "cannot read " + file + ": " + e.getMessage())));
        }
    }

    /** Verifies a record. */
    public static Report verify(JsonObject record) {
        List<Check> checks = new ArrayList<>();
        RecordChecks key;
        try {
            key = new RecordChecks(record);
        } catch (MalformedRecordException e) {
            checks.add(new Check("record format", false, e.getMessage()));
            return new Report(checks);
        }
        checks.add(new Check("record format", true, RecordChecks.FORMAT + ", P-256, election " + key.election + ", "
                + key.seats.length + " seat(s)"));
        String keyFailure = key.checkKey();
        checks.add(new Check("election key", keyFailure == null, keyFailure != null ? keyFailure
                : key.threshold + " of " + key.verificationKeys.size()
                        + " holders; verification keys match the coefficient commitments"));
        JsonArray ballots = key.ballots;
        ECPoint[][][] sums = checkBallots(key, ballots, checks);
        DecryptionChecks count;
        try {
            count = new DecryptionChecks(key, record);
        } catch (MalformedRecordException e) {
            checks.add(new Check("decryption format", false, e.getMessage()));
            return new Report(checks);
        }
        add(checks, "encrypted tally", count.checkTally(sums), "the sum of the " + ballots.size() + " ballots");
        add(checks, "partial decryptions", count.checkPartialDecryptions(), "every proof of partial decryption holds");
        add(checks, "Lagrange combination", count.checkCombination(),
                "every decryption factor combines the partial decryptions");
        add(checks, "result", count.checkResult(ballots.size()), "the announced result is the decryption");
        return new Report(checks);
    }

    private static ECPoint[][][] checkBallots(RecordChecks key, JsonArray ballots, List<Check> checks) {
        ECPoint[][][] sums = new ECPoint[key.seats.length][][];
        for (int s = 0; s < sums.length; s++) {
            sums[s] = new ECPoint[key.seats[s][0]][];
            for (int j = 0; j < sums[s].length; j++) {
                sums[s][j] = new ECPoint[] {P256.O, P256.O};
            }
        }
        Set<String> trackers = new HashSet<>();
        Set<ECPoint> alphas = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        int valid = 0;
        for (int b = 0; b < ballots.size(); b++) {
            RecordChecks.Ballot ballot;
            try {
                ballot = key.checkBallot(JsonPaths.object(ballots.get(b), "ballots[" + b + "]"), b);
            } catch (MalformedRecordException e) {
                checks.add(new Check("ballot " + b, false, e.getMessage()));
                continue;
            }
            String name = "ballot " + b + " (tracker " + ballot.tracker() + ")";
            if (!trackers.add(ballot.tracker())) {
                duplicates.add(name + " appears twice");
            }
            for (int s = 0; s < sums.length; s++) {
                for (int j = 0; j < sums[s].length; j++) {
                    ECPoint[] c = ballot.choices().get(s).get(j);
                    sums[s][j] = new ECPoint[] {sums[s][j][0].add(c[0]).normalize(), sums[s][j][1].add(c[1]).normalize()};
                    if (!alphas.add(c[0])) {
                        duplicates.add(name + ", seat " + s + ", candidate " + j + ": a ciphertext used before");
                    }
                }
            }
            if (ballot.failures().isEmpty()) {
                valid++;
            } else {
                checks.add(new Check(name, false, String.join("; ", ballot.failures())));
            }
        }
        checks.add(new Check("ballots", valid == ballots.size(),
                valid + " of " + ballots.size() + " ballots with a matching tracker and valid proofs"));
        add(checks, "distinct ballots", duplicates, "no tracker and no ciphertext appears twice");
        return sums;
    }

    private static void add(List<Check> checks, String name, List<String> failures, String success) {
        if (failures.isEmpty()) {
            checks.add(new Check(name, true, success));
        } else {
            failures.forEach(f -> checks.add(new Check(name, false, f)));
        }
    }
}
