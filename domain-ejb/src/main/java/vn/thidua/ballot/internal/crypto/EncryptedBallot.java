package vn.thidua.ballot.internal.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.math.ec.ECPoint;

/**
 * A voter's encrypted ballot: per seat, one ciphertext per candidate (a mark 0 or 1),
 * each with a proof that it encrypts 0 or 1, and an overall proof that the seat's marks
 * add up to between the seat's min and max (Helios v4 "EncryptedAnswer" with
 * {@code individual_proofs} and {@code overall_proof}; Belenios "answer_h" for a
 * homomorphic question, specification "Encrypted answers"):
 *
 * <pre>
 *   S0  = electionId "|" enc(Y)
 *   c_j = (r_j·G, r_j·Y + m_j·G)                     m_j in {0, 1}
 *   individual proof j: iprove(S0, c_j, [0, 1])
 *   S   = S0 "|" enc(α_1) "," enc(β_1) "," … "," enc(α_n) "," enc(β_n)
 *   overall proof:      iprove(S, Σ c_j, [min, max]) with randomness Σ r_j
 * </pre>
 *
 * Every proof hashes the election id and the public key, so a ciphertext with its proof
 * taken from a ballot of another election fails here; a copy within the same election is
 * caught by the record's duplicate check (ballot weeding, Cortier and Smyth 2013).
 */
public record EncryptedBallot(String electionId, List<Answer> answers) {

    /** One seat's encrypted answer. */
    public record Answer(List<Ciphertext> choices, List<IntervalProof> individualProofs, IntervalProof overallProof) {

        public Answer {
            choices = List.copyOf(choices);
            individualProofs = List.copyOf(individualProofs);
            Objects.requireNonNull(overallProof, "overallProof");
        }

        /** The homomorphic sum of the seat's marks. */
        public Ciphertext sum() {
            return ElGamal.sum(choices);
        }

        /** The statement S of the overall proof: S0 "|" the seat's ciphertexts joined by commas. */
        String overallStatement(String context) {
            StringBuilder s = new StringBuilder(context).append('|');
            for (int j = 0; j < choices.size(); j++) {
                s.append(j == 0 ? "" : ",").append(choices.get(j).encoded());
            }
            return s.toString();
        }
    }

    public EncryptedBallot {
        ElectionId.check(electionId);
        answers = List.copyOf(answers);
    }

    /**
     * Encrypts a voter's choices: for each seat, the (0-based) indices of the candidates
     * marked.
     *
     * @throws IllegalArgumentException when the choices break a seat's rule (an honest
     *                                  client never produces an invalid ballot)
     */
    public static EncryptedBallot create(ECPoint publicKey, String electionId, List<SeatRule> seats,
            List<Set<Integer>> choices, SecureRandom random) {
        if (seats.size() != choices.size()) {
            throw new IllegalArgumentException("one set of choices per seat");
        }
        String context = ElectionId.context(electionId, publicKey);
        List<Answer> answers = new ArrayList<>(seats.size());
        for (int s = 0; s < seats.size(); s++) {
            answers.add(encryptSeat(publicKey, context, seats.get(s), choices.get(s), random));
        }
        return new EncryptedBallot(electionId, answers);
    }

    private static Answer encryptSeat(ECPoint publicKey, String context, SeatRule seat, Set<Integer> marked,
            SecureRandom random) {
        for (int index : marked) {
            if (index < 0 || index >= seat.candidates()) {
                throw new IllegalArgumentException("no candidate " + index);
            }
        }
        if (marked.size() < seat.min() || marked.size() > seat.max()) {
            throw new IllegalArgumentException("number of marks outside [min, max]");
        }
        List<Ciphertext> choices = new ArrayList<>(seat.candidates());
        List<IntervalProof> proofs = new ArrayList<>(seat.candidates());
        BigInteger randomnessSum = BigInteger.ZERO;
        for (int j = 0; j < seat.candidates(); j++) {
            int mark = marked.contains(j) ? 1 : 0;
            ElGamal.Encryption e = ElGamal.encrypt(publicKey, mark, random);
            choices.add(e.ciphertext());
            proofs.add(IntervalProof.proveZeroOrOne(context, publicKey, e.ciphertext(), e.randomness(), mark, random));
            randomnessSum = randomnessSum.add(e.randomness());
        }
        Answer draft = new Answer(choices, proofs, new IntervalProof(List.of()));
        IntervalProof overall = IntervalProof.prove(draft.overallStatement(context), publicKey, draft.sum(),
                randomnessSum.mod(Group.Q), marked.size(), seat.min(), seat.max(), random);
        return new Answer(choices, proofs, overall);
    }

    /** Checks the shape against the seats and every proof; the first failure is named. */
    public Verdict verify(ECPoint publicKey, String expectedElectionId, List<SeatRule> seats) {
        if (!electionId.equals(expectedElectionId)) {
            return Verdict.failed("ballot of another election: " + electionId);
        }
        if (answers.size() != seats.size()) {
            return Verdict.failed("expected " + seats.size() + " seats, found " + answers.size());
        }
        String context = ElectionId.context(electionId, publicKey);
        for (int s = 0; s < seats.size(); s++) {
            Verdict v = verifySeat(publicKey, context, s, seats.get(s), answers.get(s));
            if (!v.valid()) {
                return v;
            }
        }
        return Verdict.ok();
    }

    private static Verdict verifySeat(ECPoint publicKey, String context, int s, SeatRule seat, Answer answer) {
        if (answer.choices().size() != seat.candidates() || answer.individualProofs().size() != seat.candidates()) {
            return Verdict.failed("seat " + s + ": expected " + seat.candidates() + " marks with proofs");
        }
        for (int j = 0; j < seat.candidates(); j++) {
            if (!answer.individualProofs().get(j).verifyZeroOrOne(context, publicKey, answer.choices().get(j))) {
                return Verdict.failed("seat " + s + ", candidate " + j + ": the proof that the mark is 0 or 1 fails");
            }
        }
        if (!answer.overallProof().verify(answer.overallStatement(context), publicKey, answer.sum(), seat.min(),
                seat.max())) {
            return Verdict.failed("seat " + s + ": the proof that the marks add up to between " + seat.min()
                    + " and " + seat.max() + " fails");
        }
        return Verdict.ok();
    }

    /** The voter's tracker: SHA-256 of {@link #canonicalJson()}, in hex. */
    public String tracker() {
        return Tracker.of(this);
    }

    /** The canonical encoding: compact JSON, fixed key order, no whitespace (ELECTION-RECORD.md). */
    public String canonicalJson() {
        return BallotJson.canonical(this);
    }
}
