package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import vn.thidua.ballot.entity.BallotKind;
import vn.thidua.ballot.service.BallotSetupService;
import vn.thidua.ballot.service.BulletinBoard;
import vn.thidua.ballot.service.BulletinBoardService;
import vn.thidua.ballot.service.CountingService;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.document.service.DocumentFormat;
import vn.thidua.proposal.service.ProposalService;
import vn.thidua.web.Messages;

/**
 * The ballots page's counting part: the leader closes electronic voting or enters the
 * paper counts, counts (an electronic ballot once k committee members entered their
 * shares, {@link BallotShareBean}) and confirms, or holds again on paper or voids an
 * electronic ballot that cannot be counted; once counted everyone sees the results, the
 * count minutes, the bulletin board of encrypted ballots by tracker, the election record
 * (a download of the API's record), may check a receipt, and sees the draft proposal a
 * confirmed commendation ballot created.
 */
@Named
@ViewScoped
public class BallotCountBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CountingService counting;

    @Inject
    private VotingService voting;

    @Inject
    private BallotSetupService setup;

    @Inject
    private BulletinBoardService bulletin;

    @Inject
    private ProposalService proposals;

    @Inject
    private BallotsBean page;

    private Integer issued;
    private Integer returned;
    private Integer invalid;
    private Map<Long, Integer> paperVotes = new HashMap<>();
    private String receiptToCheck;
    private Boolean receiptCounted;
    private BulletinBoard board;
    private Long proposalId;
    private boolean proposalLooked;
    private String committeeNames;

    public String close() {
        counting.closeBallot(page.getBallotId());
        Messages.info("ballot.closed");
        return page.reload();
    }

    public String enterPaper() {
        counting.enterPaperCounts(page.getBallotId(), issued == null ? 0 : issued, returned == null ? 0 : returned,
                invalid == null ? 0 : invalid, paperVotes);
        Messages.info("ballot.paperEntered");
        return page.reload();
    }

    /** Records the counting committee the count minutes name, one name a line, head first. */
    public String saveCommittee() {
        setup.recordCountingCommittee(page.getBallotId(),
                committeeNames == null ? List.of() : List.of(committeeNames.split("\\R")));
        Messages.info("ballot.countingCommittee.saved");
        return page.reload();
    }

    public String getCommitteeNames() {
        return committeeNames;
    }

    public void setCommitteeNames(String committeeNames) {
        this.committeeNames = committeeNames;
    }

    public String count() {
        counting.countBallot(page.getBallotId());
        Messages.info("ballot.counted");
        return page.reload();
    }

    /** Voids an electronic ballot that cannot be counted (nothing is decrypted). */
    public String voidBallot() {
        counting.voidBallot(page.getBallotId());
        Messages.info("ballot.voided");
        return page.reload();
    }

    /** Holds an electronic ballot that cannot be counted again on paper, and shows the paper ballot. */
    public String holdOnPaper() {
        Long paper = counting.holdOnPaper(page.getBallotId());
        page.show(paper);
        Messages.info("ballot.heldOnPaper");
        return page.reload();
    }

    public String confirm() {
        counting.confirmBallot(page.getBallotId());
        Messages.info(page.getBallot().kind() == BallotKind.LEADERSHIP ? "ballot.confirmed.leadership"
                : "ballot.confirmed.commendation", page.getConference().year() + 1);
        return page.reload();
    }

    public void checkReceipt() {
        receiptCounted = voting.checkReceipt(page.getBallotId(), receiptToCheck == null ? "" : receiptToCheck);
    }

    public StreamedContent getMinutes() {
        Long ballotId = page.getBallotId();
        return DefaultStreamedContent.builder().name("bien-ban-kiem-phieu-" + ballotId + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(counting.countMinutesPdf(ballotId))).build();
    }

    /** The same count minutes as .docx, for the office to edit and sign. */
    public StreamedContent getMinutesDocx() {
        Long ballotId = page.getBallotId();
        return DefaultStreamedContent.builder().name("bien-ban-kiem-phieu-" + ballotId + ".docx")
                .contentType(DocumentFormat.DOCX.contentType())
                .stream(() -> new ByteArrayInputStream(counting.countMinutesDocx(ballotId))).build();
    }

    /** The bulletin board of an electronic ballot, once counted: every tracker with its ciphertexts. */
    public List<BulletinBoard.Entry> getBulletin() {
        if (!page.isCounted() || !page.isElectronic()) {
            return List.of();
        }
        if (board == null) {
            board = bulletin.bulletinBoard(page.getBallotId());
        }
        return board.entries();
    }

    /** The draft proposal a confirmed commendation ballot created, if any. */
    public Optional<Long> getProposalId() {
        if (page.getBallot() == null) {
            return Optional.empty();
        }
        if (!proposalLooked) {
            proposalId = proposals.fromBallot(page.getBallotId()).map(p -> p.getId()).orElse(null);
            proposalLooked = true;
        }
        return Optional.ofNullable(proposalId);
    }

    public Integer getIssued() {
        return issued;
    }

    public void setIssued(Integer issued) {
        this.issued = issued;
    }

    public Integer getReturned() {
        return returned;
    }

    public void setReturned(Integer returned) {
        this.returned = returned;
    }

    public Integer getInvalid() {
        return invalid;
    }

    public void setInvalid(Integer invalid) {
        this.invalid = invalid;
    }

    public Map<Long, Integer> getPaperVotes() {
        return paperVotes;
    }

    public String getReceiptToCheck() {
        return receiptToCheck;
    }

    public void setReceiptToCheck(String receiptToCheck) {
        this.receiptToCheck = receiptToCheck;
    }

    public Boolean getReceiptCounted() {
        return receiptCounted;
    }
}
