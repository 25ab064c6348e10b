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

import vn.thidua.ballot.entity.Ballot;
import vn.thidua.ballot.entity.Seat;
import vn.thidua.ballot.service.BallotService;
import vn.thidua.ballot.service.CastReceipt;
import vn.thidua.ballot.service.Turnout;
import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.shared.AccessDeniedException;
import vn.thidua.shared.InvalidInputException;

/** Voting through the API: the same use cases as the voting page. */
@Path("ballots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BallotResource {

    @Inject
    private BallotService ballots;

        @Inject
    private BlocAccess access;

    /** A ballot as a voter sees it. */
    public record BallotView(Long id, String title, String kind, String status, List<SeatView> seats) {
    }

    public record SeatView(String seat, int quota, List<CandidateView> candidates) {
    }

    public record CandidateView(Long id, String unit) {
    }

    /** A cast: {@code choices} maps seat names (PROVINCIAL_FLAG, CERTIFICATE_OF_MERIT, LEADER, DEPUTY) to candidate ids. */
    public record CastRequest(Long unitId, Map<String, List<Long>> choices) {
    }

    public record ReceiptCheck(boolean counted) {
    }

    @GET
    @Path("mine")
    public List<BallotView> myOpenBallots() {
        return ballots.myOpenBallots().stream().map(BallotResource::view).toList();
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response cast(@PathParam("id") Long ballotId, CastRequest request) {
        if (request == null || request.choices() == null) {
            throw new InvalidInputException("error.api.body");
        }
        Ballot ballot = ballots.ballot(ballotId);
        Long unitId = request.unitId() != null ? request.unitId()
                : access.callerMemberUnit(ballot.getBloc().getId(), ballot.getYear())
                .orElseThrow(AccessDeniedException::new).getId();
        Map<Seat, List<Long>> choices = new EnumMap<>(Seat.class);
        for (Map.Entry<String, List<Long>> entry : request.choices().entrySet()) {
            try {
                choices.put(Seat.valueOf(entry.getKey()), entry.getValue() == null ? List.of() : entry.getValue());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("error.ballot.noSuchSeat", entry.getKey());
            }
        }
        CastReceipt receipt = ballots.castVote(ballotId, unitId, choices);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("{id}/receipts/{code}")
    public ReceiptCheck checkReceipt(@PathParam("id") Long ballotId, @PathParam("code") String code) {
        return new ReceiptCheck(ballots.checkReceipt(ballotId, code));
    }

    @GET
    @Path("{id}/turnout")
    public Turnout turnout(@PathParam("id") Long ballotId) {
        return ballots.turnout(ballotId);
    }

    private static BallotView view(Ballot b) {
        return new BallotView(b.getId(), b.getTitle(), b.getKind().name(), b.getStatus().name(),
                b.getSeats().stream().map(s -> new SeatView(s.getSeat().name(), s.getQuota(),
                        s.getCandidates().stream().map(c -> new CandidateView(c.getId(), c.getUnit().getName())).toList()))
                        .toList());
    }
}
