package vn.thidua.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import vn.thidua.bloc.entity.BlocYearRules;
import vn.thidua.bloc.service.BlocFilter;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearRow;
import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.shared.InvalidInputException;
import vn.thidua.shared.Page;
import vn.thidua.shared.PageRequest;

/** Blocs through the API, with the same checks as the pages: the Board lists all, members read their own. */
@Path("blocs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlocResource {

    @Inject
    private BlocService blocs;

    /** A bloc in a year. */
    public record BlocSummary(Long blocId, int year, String code, String name, String leader, String deputy) {
    }

    /** A bloc's year with its members; {@code role} is LEADER, DEPUTY or MEMBER. */
    public record BlocDetail(Long blocId, int year, String code, String name, List<MemberView> members) {
    }

    public record MemberView(String unitCode, String unitName, String role) {
    }

    /** One page of the list. */
    public record BlocPage(List<BlocSummary> rows, long total) {
    }

    /** The Board's list of blocs (Board staff only), filtered by year. */
    @GET
    public BlocPage list(@QueryParam("year") Integer year, @QueryParam("first") @DefaultValue("0") int first,
                         @QueryParam("size") @DefaultValue("20") int size) {
        if (year != null) {
            checkYear(year);
        }
        Page<BlocYearRow> page = blocs.findBlocYears(new BlocFilter(year, null, null), PageRequest.of(first, size));
        return new BlocPage(page.rows().stream().map(BlocResource::summary).toList(), page.total());
    }

    /** The blocs of the caller's unit (member representatives). */
    @GET
    @Path("mine")
    public List<BlocSummary> mine() {
        return blocs.myBlocs().stream().map(BlocResource::summary).toList();
    }

    /** A bloc's year: Board staff, or a representative of one of its members that year. */
    @GET
    @Path("{id}/years/{year}")
    public BlocDetail year(@PathParam("id") Long blocId, @PathParam("year") int year) {
        checkYear(year);
        BlocYearView view = blocs.viewBlocYear(blocId, year);
        return new BlocDetail(view.getBlocId(), view.getYear(), view.getCode(), view.getName(),
                view.getMembers().stream().map(m -> new MemberView(m.getCode(), m.getName(), m.getRole() == null ? "MEMBER" : m.getRole())).toList());
    }

    /**
     * The years the forms take (2000 to 2100), else 400 with the forms' message: year -1 of a
     * bloc was answered 200 with an empty member list (found by the hostile-input corpus).
     */
    private static void checkYear(int year) {
        if (year < BlocYearRules.FIRST_YEAR || year > BlocYearRules.LAST_YEAR) {
            throw new InvalidInputException("error.bloc.year", BlocYearRules.FIRST_YEAR, BlocYearRules.LAST_YEAR);
        }
    }

    private static BlocSummary summary(BlocYearRow row) {
        return new BlocSummary(row.getBlocId(), row.getYear(), row.getCode(), row.getName(), row.getLeaderName(),
                row.getDeputyName());
    }
}
