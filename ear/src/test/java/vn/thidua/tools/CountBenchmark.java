package vn.thidua.tools;

import java.io.StringWriter;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import vn.thidua.ballot.internal.ElectionCrypto;
import vn.thidua.ballot.internal.crypto.Ciphertext;
import vn.thidua.ballot.internal.crypto.ElectionRecord;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.SeatRule;
import vn.thidua.ballot.internal.crypto.Tally;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;

/**
 * The count benchmark (README: {@code ./portal.sh bench}, its last part): counting an
 * encrypted poll of {@code ballots} ballots (default 2,000; 10 candidates, at most 3 marks
 * each, key shared 2 of 3) in this process with the portal's own code. It first makes the
 * ballots (not measured), then times each step as the portal runs it: reading the stored
 * canonical JSON of every ballot (points decompressed and checked), the partial
 * decryptions of two committee members (done when each enters their share), and the count
 * itself (the encrypted tally, the decryption of the sums, the election record written as
 * JSON). Reading the rows from the database is not included. It prints the figures beside
 * the goal of issue 13 (under 1 s).
 */
public final class CountBenchmark {

    private static final String ELECTION = "count-benchmark";

    private CountBenchmark() {
    }

    /** {@code CountBenchmark [ballots]}. */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        SecureRandom random = new SecureRandom();
        ThresholdKey.Dealing dealing = ElectionCrypto.deal(2, 3);
        ThresholdKey key = dealing.key();
        List<SeatRule> seats = List.of(SeatRule.ofQuota(10, 3));
        System.out.printf("%nCount benchmark: %d encrypted ballots, 10 candidates, at most 3 marks, key 2 of 3%n", n);
        long made = System.nanoTime();
        List<String> stored = IntStream.range(0, n).parallel().mapToObj(i -> {
            Set<Integer> marks = new HashSet<>();
            for (int m = 0; m < i % 4; m++) {
                marks.add((i + 3 * m) % 10);
            }
            return EncryptedBallot.create(key.publicKey(), ELECTION, seats, List.of(marks), random).canonicalJson();
        }).toList();
        System.out.printf("(made the ballots in %.1f s, not measured)%n", (System.nanoTime() - made) / 1e9);

        long t0 = System.nanoTime();
        List<EncryptedBallot> ballots = ElectionCrypto.ballots(stored);
        long t1 = System.nanoTime();
        List<List<Ciphertext>> tally = Tally.encryptedTally(seats, ballots);
        List<TrusteeDecryption> decryptions = new ArrayList<>();
        for (int holder = 0; holder < 2; holder++) {
            decryptions.add(TrusteeDecryption.compute(ELECTION, key, dealing.shares().get(holder), tally, random));
        }
        long t2 = System.nanoTime();
        ElectionRecord record = ElectionRecord.count(ELECTION, seats, key, ballots, decryptions);
        StringWriter json = new StringWriter();
        record.write(json);
        long t3 = System.nanoTime();
        double total = (t3 - t0) / 1e6;
        System.out.printf("Reading %d stored ballots: %.0f ms%n", n, (t1 - t0) / 1e6);
        System.out.printf("Two partial decryptions with their proofs (at share entry): %.0f ms%n", (t2 - t1) / 1e6);
        System.out.printf("Count (tally, decryption of the sums, record of %.1f MB): %.0f ms%n",
                json.getBuffer().length() / 1e6, (t3 - t2) / 1e6);
        System.out.printf("Counting a %d-ballot poll: %.0f ms in all (goal < 1 s: %s); votes per candidate %s%n", n, total,
                total < 1000 ? "met" : "MISSED", record.count().votes().get(0));
    }
}
