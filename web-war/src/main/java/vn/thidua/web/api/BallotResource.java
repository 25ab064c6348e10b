package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.service.BallotView;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.ballot.service.VotingService;
import vn.thidua.shared.InvalidInputException;

/** Voting through the API: the same use cases as the voting page, one service call each. */
@Path("ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    private VotingService voting;

    /** A ballot as a voter sees it. */
    public record VoterBallot(Long id, String title, String kind, String status, List<VoterSeat> seats) {
    }

    public record VoterSeat(String seat, int quota, List<VoterCandidate> candidates) {
    }

    public record VoterCandidate(Long id, String unit) {
    }

    /**
     * A cast: {@code choices} maps seat names (PROVINCIAL_FLAG, CERTIFICATE_OF_MERIT, LEADER, DEPUTY) to
     * candidate ids; {@code unitId} is optional (the caller's member unit when absent).
     */
    public record CastRequest(Long unitId, Map<String, List<Long>> choices) {
    }

    public record ReceiptCheck(boolean counted) {
    }

    @GET
    @Path("mine")
    public List<VoterBallot> myOpenBallots() {
        return voting.myOpenBallots().stream().map(BallotResource::view).toList();
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(@PathParam("id") Long ballotId, CastRequest request) {
        if (request == null || request.choices() == null) {
            throw new InvalidInputException("error.api.body");
        }
        Map<Seat, List<Long>> choices = new EnumMap<>(Seat.class);
        for (Map.Entry<String, List<Long>> entry : request.choices().entrySet()) {
            try {
                choices.put(Seat.valueOf(entry.getKey()), entry.getValue() == null ? List.of() : entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.ballot.noSuchSeat", entry.getKey());
            }
        }
        CastReceipt receipt = voting.castVote(ballotId, request.unitId(), choices);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("{id}/receipts/{code}")
    public ReceiptCheck checkReceipt(@PathParam("id") Long ballotId, @PathParam("code") String code) {
        return new ReceiptCheck(voting.checkReceipt(ballotId, code));
    }

    @GET
    @Path("{id}/turnout")
    public Turnout turnout(@PathParam("id") Long ballotId) {
        return voting.turnout(ballotId);
    }

    private static VoterBallot view(BallotView b) {
        return new VoterBallot(b.id(), b.title(), b.kind().name(), b.status().name(),
                b.seats().stream().map(s -> new VoterSeat(s.seat().name(), s.quota(),
                        s.candidates().stream().map(c -> new VoterCandidate(c.id(), c.unitName())).toList()))
                        .toList());
    }
}
