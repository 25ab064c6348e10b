package vn.thidua.ballot.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import vn.thidua.audit.service.AuditService;
import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.BallotRules;
import vn.thidua.ballot.entity.BallotSeat;
import vn.thidua.ballot.entity.BallotStatus;
import vn.thidua.ballot.entity.VotingMode;
import vn.thidua.ballot.internal.CastTables;
import vn.thidua.ballot.internal.DuplicateKeys;
import vn.thidua.ballot.internal.ElectionCrypto;
import vn.thidua.ballot.internal.ElectionTables;
import vn.thidua.ballot.internal.crypto.Share;
import vn.thidua.ballot.internal.crypto.Tally;
import vn.thidua.ballot.internal.crypto.ThresholdKey;
import vn.thidua.ballot.internal.crypto.TrusteeDecryption;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Roles;
import vn.thidua.shared.StorableInput;

/**
 * The counting committee of an electronic ballot, which holds its key: its members,
 * recorded by the keeper while the ballot is a draft (n from the province's rules); and,
 * once voting is closed, each member's share entered one at a time. A share is checked
 * against its holder's verification key, used at once to decrypt the per-candidate sums
 * partially (with proofs, stored as public data) and discarded; a wrong share is refused.
 * Fewer than k shares decrypt nothing. No share is ever stored or logged.
 */
@Stateless
@RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST, Roles.BOARD_LEADER})
public class CommitteeService {

    private static final Logger LOG = Logger.getLogger(CommitteeService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BlocAccess access;

    @Inject
    private BallotSetupService setup;

    @Inject
    private AuditService audit;

    private CastTables tables;
    private ElectionTables elections;

    @PostConstruct
    void init() {
        tables = new CastTables(em);
        elections = new ElectionTables(em);
    }

    /** Records the counting committee of a draft electronic ballot: one name per member, holder i the i-th. */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public void setCommittee(@NotNull Long ballotId, @NotNull @StorableInput List<String> names) {
        Ballot ballot = keep(ballotId);
        ballot.requireStatus(BallotStatus.DRAFT);
        requireElectronic(ballot);
        Set<String> distinct = new LinkedHashSet<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.length() > 200 || !distinct.add(trimmed)) {
                throw new InvalidInputException("error.ballot.committeeNames", BallotRules.MAX_COMMITTEE_SIZE);
            }
        }
        if (distinct.size() > BallotRules.MAX_COMMITTEE_SIZE) {
            throw new InvalidInputException("error.ballot.committeeNames", BallotRules.MAX_COMMITTEE_SIZE);
        }
        elections.replaceCommittee(ballotId, new ArrayList<>(distinct));
        audit.record("Ballot", ballotId, "COMMITTEE", String.join(", ", distinct));
    }

    /**
     * The committee of an electronic ballot as the ballot page shows it: k and n (the
     * rules' while a draft), the members and who has entered a share, ballots cast.
     */
    public CommitteeView committee(@NotNull Long ballotId) {
        Ballot ballot = find(ballotId);
        access.requireReadAccess(ballot.getBloc().getId(), ballot.getYear());
        List<ElectionTables.Member> members = elections.committee(ballotId);
        Set<Integer> entered = new LinkedHashSet<>(elections.holdersEntered(ballotId));
        int threshold;
        int size;
        int minBallots;
        if (ballot.getStatus() == BallotStatus.DRAFT) {
            BallotRules rules = setup.rules(ballot.getBloc().provinceIn(ballot.getYear()).getId(), ballot.getYear());
            threshold = rules.getCommitteeThreshold();
            size = rules.getCommitteeSize();
            minBallots = rules.getMinElectronicBallots();
        } else {
            threshold = ballot.getCommitteeThreshold() == null ? 0 : ballot.getCommitteeThreshold();
            size = members.size();
            minBallots = ballot.minimumBallots();
        }
        int cast = tables.ballotsCast(ballotId);
        return new CommitteeView(ballotId, threshold, size, minBallots, members.stream()
                .map(m -> new CommitteeView.Member(m.holder(), m.name(), entered.contains(m.holder()))).toList(),
                cast, ballot.getStatus() == BallotStatus.CLOSED && ballot.tooFewToCount(cast),
                elections.recordSha256(ballotId).orElse(null));
    }

    /**
     * A committee member's share, entered after voting closed: checked against the
     * member's verification key, used to decrypt the per-candidate sums partially (with
     * proofs checked before storing), then discarded. Returns the shares still needed.
     */
    @RolesAllowed({Roles.MEMBER_REPRESENTATIVE, Roles.BOARD_SPECIALIST})
    public int enterShare(@NotNull Long ballotId, @NotNull String shareText) {
        Ballot ballot = keep(ballotId);
        em.lock(ballot, LockModeType.PESSIMISTIC_WRITE);
        requireElectronic(ballot);
        ballot.requireStatus(BallotStatus.CLOSED);
        int cast = tables.ballotsCast(ballotId);
        if (ballot.tooFewToCount(cast)) {
            throw new InvalidInputException("error.ballot.tooFewBallots", cast, ballot.minimumBallots());
        }
        Share share;
        try {
            share = Share.parse(shareText);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.ballot.shareMalformed");
        }
        ElectionTables.Election election = elections.election(ballotId)
                .orElseThrow(() -> new InvalidInputException("error.ballot.noKey"));
        List<ElectionTables.Member> members = elections.committee(ballotId);
        ElectionTables.Member member = members.stream().filter(m -> m.holder() == share.index()).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.ballot.wrongShare"));
        ThresholdKey key = ElectionCrypto.key(election, members);
        if (!share.verificationKey().equals(key.verificationKey(member.holder()))) {
            LOG.info(() -> "Ballot " + ballotId + ": a share that does not match committee member "
                    + member.holder() + "'s key was refused");
            throw new InvalidInputException("error.ballot.wrongShare");
        }
        List<Integer> before = elections.holdersEntered(ballotId);
        if (before.contains(member.holder())) {
            throw new InvalidInputException("error.ballot.shareAlreadyEntered", member.name());
        }
        ElectionCrypto.Layout layout = ElectionCrypto.layout(em.createNamedQuery(BallotSeat.MARKABLE, Object[].class)
                .setParameter("ballot", ballotId).getResultList());
        var tally = Tally.encryptedTally(layout.rules(), ElectionCrypto.ballots(tables.encryptedBallots(ballotId)
                .stream().map(r -> (String) r[1]).toList()));
        TrusteeDecryption decryption = ElectionCrypto.partialDecryption(election.electionId(), key, share, tally);
        if (!decryption.verify(election.electionId(), key, tally).valid()) {
            throw new InvalidInputException("error.ballot.wrongShare");
        }
        try {
            elections.savePartialDecryption(ballotId, member.holder(), ElectionCrypto.decryptionJson(decryption));
            em.flush();
        } catch (PersistenceException e) {
            if (!DuplicateKeys.isDuplicate(e)) {
                throw e; // the database failed: not "already entered" (the page says the database is unavailable)
            }
            throw new InvalidInputException("error.ballot.shareAlreadyEntered", member.name());
        }
        int entered = before.size() + 1;
        int needed = Math.max(0, key.threshold() - entered);
        audit.record("Ballot", ballotId, "SHARE_ENTERED", "committee member " + member.holder() + " (" + member.name()
                + ") | " + entered + " of " + key.threshold() + " shares");
        LOG.info(() -> "Ballot " + ballotId + ": share of committee member " + member.holder() + " entered, "
                + entered + " of " + key.threshold());
        return needed;
    }

    private Ballot find(Long ballotId) {
        Ballot ballot = em.find(Ballot.class, ballotId);
        if (ballot == null) {
            throw new NotFoundException("Ballot", ballotId);
        }
        return ballot;
    }

    private Ballot keep(Long ballotId) {
        Ballot ballot = find(ballotId);
        access.requireKeeper(ballot.getBloc().getId(), ballot.getYear());
        return ballot;
    }

    private static void requireElectronic(Ballot ballot) {
        if (ballot.getVotingMode() != VotingMode.ELECTRONIC) {
            throw new InvalidInputException("error.ballot.notElectronic");
        }
    }
}
