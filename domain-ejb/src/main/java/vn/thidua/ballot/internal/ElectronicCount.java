package vn.thidua.ballot.internal;

import jakarta.persistence.EntityManager;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.internal.crypto.ElectionRecord;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.Tracker;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;
import vn.thidua.shared.InvalidInputException;

/**
 * The count of an electronic ballot: the encrypted ballots summed per candidate and only
 * these sums decrypted, from the committee members' stored partial decryptions (at least
 * k, each proof checked again), into votes per candidate id and the election record with
 * its SHA-256. Refused with fewer ballots than the minimum or fewer than k shares.
 */
public final class ElectronicCount {

    private static final Logger LOG = Logger.getLogger(ElectronicCount.class.getName());

    private ElectronicCount() {
    }

    /** Votes per candidate id, and the record (indented JSON) with its SHA-256. */
    public record Result(Map<Long, Integer> votes, String record, String sha256) {
    }

    public static Result count(EntityManager em, CastTables tables, ElectionTables elections, Ballot ballot) {
        Long ballotId = ballot.getId();
        int cast = tables.ballotsCast(ballotId);
        if (ballot.tooFewToCount(cast)) {
            throw new InvalidInputException("error.ballot.tooFewBallots", cast, ballot.minimumBallots());
        }
        ElectionTables.Election election = elections.election(ballotId)
                .orElseThrow(() -> new InvalidInputException("error.ballot.noKey"));
        ThresholdKey key = ElectionCrypto.key(election, elections.committee(ballotId));
        List<TrusteeDecryption> decryptions = new ArrayList<>();
        elections.partialDecryptions(ballotId).forEach((holder, json) ->
                decryptions.add(ElectionCrypto.decryption(holder, json)));
        if (decryptions.size() < key.threshold()) {
            throw new InvalidInputException("error.ballot.sharesNeeded", key.threshold() - decryptions.size(),
                    key.threshold());
        }
        ElectionCrypto.Layout layout = ElectionCrypto.layout(em.createNamedQuery(BallotSeat.MARKABLE, Object[].class)
                .setParameter("ballot", ballotId).getResultList());
        List<EncryptedBallot> ballots = ElectionCrypto.ballots(tables.encryptedBallots(ballotId).stream()
                .map(r -> (String) r[1]).toList());
        long started = System.nanoTime();
        ElectionRecord record;
        try {
            record = ElectionRecord.count(election.electionId(), layout.rules(), key, ballots, decryptions);
        } catch (IllegalStateException e) {
            LOG.warning(() -> "ballot " + ballotId + " could not be decrypted: " + e.getMessage());
            throw new InvalidInputException("error.ballot.countFailed");
        }
        Map<Long, Integer> votes = new HashMap<>();
        for (int s = 0; s < layout.seats().size(); s++) {
            List<Long> candidates = layout.candidates().get(s);
            for (int j = 0; j < candidates.size(); j++) {
                votes.put(candidates.get(j), record.count().votes().get(s).get(j));
            }
        }
        StringWriter text = new StringWriter();
        record.write(text);
        String json = text.toString();
        long spent = System.nanoTime() - started;
        LOG.fine(() -> String.format("ballot %d: %d ballots tallied and decrypted in %.1f ms", ballotId,
                ballots.size(), spent / 1e6));
        return new Result(votes, json, Tracker.sha256Hex(json));
    }
}
