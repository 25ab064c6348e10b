package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.ElectionCrypto;
import vn.thidua.ballot.internal.ElectionTables;
import vn.thidua.ballot.internal.crypto.EncryptedBallot;
import vn.thidua.ballot.internal.crypto.Group;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;

/**
 * What an electronic ballot publishes, for whoever may read the bloc's year: before
 * voting, the parameters a client needs to encrypt a ballot itself; after the count, the
 * bulletin board (every encrypted ballot by tracker, with its ciphertexts) and the
 * election record, one JSON document that anyone can check without the portal
 * ({@code ./portal.sh verify}, {@link vn.thidua.ballot.verifier.ElectionRecordVerifier}).
 * Nothing here names a voter.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class BulletinBoardService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocAccess access;

    private CastTables tables;
    private ElectionTables elections;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        elections = new ElectionTables(em);
    }

    /** What a client needs to encrypt a ballot of an electronic ballot: election id, public key, seats in order. */
    public ElectionParameters electionParameters(@NotNull Long ballotId) {
        Ballot ballot = readable(ballotId);
        ElectionTables.Election election = elections.election(ballotId)
                .orElseThrow(() -> new InvalidInputException("error.ballot.noKey"));
        ElectionCrypto.Layout layout = layout(ballotId);
        Map<Long, String> names = candidateNames(ballot);
        List<ElectionParameters.SeatParameters> seats = new ArrayList<>();
        for (int s = 0; s < layout.seats().size(); s++) {
            var rule = layout.rules().get(s);
            seats.add(new ElectionParameters.SeatParameters(layout.seats().get(s).name(), rule.min(), rule.max(),
                    layout.candidates().get(s).stream().map(id -> new ElectionParameters.Candidate(id, names.get(id)))
                            .toList()));
        }
        return new ElectionParameters(ballotId, election.electionId(), election.publicKey(), seats);
    }

    /** After the count: every encrypted ballot by tracker with its ciphertexts (the bulletin board). */
    public BulletinBoard bulletinBoard(@NotNull Long ballotId) {
        Ballot ballot = counted(readable(ballotId));
        ElectionCrypto.Layout layout = layout(ballotId);
        Map<Long, String> names = candidateNames(ballot);
        List<BulletinBoard.Entry> entries = new ArrayList<>();
        for (Object[] row : tables.encryptedBallots(ballotId)) {
            EncryptedBallot b = ElectionCrypto.ballots(List.of((String) row[1])).get(0);
            List<BulletinBoard.Ciphertext> ciphertexts = new ArrayList<>();
            for (int s = 0; s < layout.seats().size() && s < b.answers().size(); s++) {
                var choices = b.answers().get(s).choices();
                for (int j = 0; j < choices.size(); j++) {
                    ciphertexts.add(new BulletinBoard.Ciphertext(layout.seats().get(s).name(),
                            names.get(layout.candidates().get(s).get(j)), Group.encode(choices.get(j).alpha()),
                            Group.encode(choices.get(j).beta())));
                }
            }
            entries.add(new BulletinBoard.Entry((String) row[0], ciphertexts));
        }
        return new BulletinBoard(ballotId, entries);
    }

    /**
     * The election record of a counted electronic ballot (docs/ELECTION-RECORD.md), as
     * stored at the count: its SHA-256 is printed in the count minutes.
     */
    public String electionRecord(@NotNull Long ballotId) {
        counted(readable(ballotId));
        return elections.election(ballotId).map(ElectionTables.Election::record)
                .orElseThrow(() -> new InvalidInputException("error.ballot.noRecord"));
    }

    /** Whether results exist (counted, or counted and confirmed). */
    static boolean isCounted(Ballot ballot) {
        return ballot.getStatus() == BallotStatus.COUNTED || ballot.getStatus() == BallotStatus.CONFIRMED;
    }

    private static Ballot counted(Ballot ballot) {
        if (!isCounted(ballot)) {
            throw new InvalidInputException("error.ballot.notCounted");
        }
        return ballot;
    }

    private ElectionCrypto.Layout layout(Long ballotId) {
        return ElectionCrypto.layout(em.createNamedQuery(BallotSeat.MARKABLE, Object[].class)
                .setParameter("ballot", ballotId).getResultList());
    }

    private static Map<Long, String> candidateNames(Ballot ballot) {
        Map<Long, String> names = new HashMap<>();
        ballot.getSeats().forEach(s -> s.getCandidates().forEach(c -> names.put(c.getId(), c.getUnit().getName())));
        return names;
    }

    private Ballot readable(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }
}
