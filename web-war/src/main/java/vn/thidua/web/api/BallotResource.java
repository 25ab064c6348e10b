package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.BulletinBoard;
import vn.thidua.ballot.service.BulletinBoardService;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.ElectionParameters;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.shared.InvalidInputException;

/**
 * Voting through the API: the same use cases as the voting page, one service call each.
 * A ballot is cast either as choices (the server encrypts them) or already encrypted by the
 * client ({@code encrypted-votes}, the canonical JSON of an encrypted ballot for the
 * election of {@code election}); either way the answer is the tracker. Receipts are checked
 * in a request body, never in an address.
 */
@Path("ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    private VotingService voting;

    @Inject
    private BulletinBoardService bulletin;

    /** A ballot as a voter sees it. */
    public record VoterBallot(Long id, String title, String kind, String status, List<VoterSeat> seats) {
    }

    public record VoterSeat(String seat, int quota, List<VoterCandidate> candidates) {
    }

    public record VoterCandidate(Long id, String unit) {
    }

    /**
     * A cast: {@code choices} maps seat names (PROVINCIAL_FLAG, CERTIFICATE_OF_MERIT, LEADER, DEPUTY) to
     * candidate ids; {@code unitId} is optional (the caller's unit; never a predecessor's). Ids are
     * read as decimals and must be whole numbers within a long: binding them to {@code Long}
     * directly cut 4.5 down to candidate 4 and cast that vote (found by the hostile-input corpus).
     */
    public record CastRequest(BigDecimal unitId, Map<String, List<BigDecimal>> choices) {
    }

    /** A receipt to check: the tracker shown after casting. */
    public record ReceiptRequest(String receipt) {
    }

    public record ReceiptCheck(boolean counted) {
    }

    @GET
    @Path("mine")
    public List<VoterBallot> myOpenBallots() {
        return voting.myOpenBallots().stream().map(BallotResource::view).toList();
    }

    /** The election of an electronic ballot: what a client needs to encrypt a ballot itself. */
    @GET
    @Path("{id}/election")
    public ElectionParameters election(@PathParam("id") Long ballotId) {
        return bulletin.electionParameters(ballotId);
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(@PathParam("id") Long ballotId, CastRequest request) {
        if (request == null || request.choices() == null) {
            throw new InvalidInputException("error.api.body");
        }
        Map<Seat, List<Long>> choices = new EnumMap<>(Seat.class);
        for (Map.Entry<String, List<BigDecimal>> entry : request.choices().entrySet()) {
            Seat seat;
            try {
                seat = Seat.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.ballot.noSuchSeat", entry.getKey());
            }
            List<Long> ids = new ArrayList<>();
            for (BigDecimal id : entry.getValue() == null ? List.<BigDecimal>of() : entry.getValue()) {
                ids.add(wholeId(id));
            }
            choices.put(seat, ids);
        }
        CastReceipt receipt = voting.castVote(ballotId, request.unitId() == null ? null : wholeId(request.unitId()),
                choices);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** An id from a request body: a whole number within a long, else the body does not have the expected shape. */
    private static Long wholeId(BigDecimal id) {
        try {
            return id == null ? null : id.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InvalidInputException("api.error.json");
        }
    }

    /** A ballot encrypted by the client: the body is its canonical JSON; 400 and nothing stored if any proof fails. */
    @POST
    @Path("{id}/encrypted-votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response castEncrypted(@PathParam("id") Long ballotId, String ballotJson) {
        CastReceipt receipt = voting.castEncryptedVote(ballotId, null, ballotJson == null ? "" : ballotJson);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    /** Whether a tracker is among the counted ballots (the code in the body, never in the address). */
    @POST
    @Path("{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReceiptCheck checkReceipt(@PathParam("id") Long ballotId, ReceiptRequest request) {
        if (request == null || request.receipt() == null) {
            throw new InvalidInputException("error.api.receipt");
        }
        return new ReceiptCheck(voting.checkReceipt(ballotId, request.receipt()));
    }

    /** Who has voted and how many (never what); valid and invalid once counted. */
    @GET
    @Path("{id}/turnout")
    public Turnout turnout(@PathParam("id") Long ballotId) {
        return voting.turnout(ballotId);
    }

    /** After the count: every encrypted ballot by tracker with its ciphertexts. */
    @GET
    @Path("{id}/bulletin-board")
    public BulletinBoard bulletinBoard(@PathParam("id") Long ballotId) {
        return bulletin.bulletinBoard(ballotId);
    }

    /** After the count: the election record as one JSON file, for {@code ./portal.sh verify}. */
    @GET
    @Path("{id}/record")
    public Response record(@PathParam("id") Long ballotId) {
        return Response.ok(bulletin.electionRecord(ballotId), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"election-record-" + ballotId + ".json\"")
                .build();
    }

    private static VoterBallot view(BallotView b) {
        return new VoterBallot(b.id(), b.title(), b.kind().name(), b.status().name(),
                b.seats().stream().map(s -> new VoterSeat(s.seat().name(), s.quota(),
                        s.candidates().stream().map(c -> new VoterCandidate(c.id(), c.unitName())).toList()))
                        .toList());
    }
}
