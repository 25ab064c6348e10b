package vn.thidua.web.year;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.thidua.bloc.service.BlocAccess;
import vn.thidua.bloc.service.BlocService;
import vn.thidua.bloc.service.BlocYearView;
import vn.thidua.shared.NotFoundException;

/**
 * What every page of a bloc's emulation year shares (/year/*.xhtml?bloc=…&amp;year=…):
 * the view parameters and the year's header (the bloc, the caller's unit, whether the
 * caller leads, the members by name), read once per view. The page beans ask it for the
 * bloc and year they work on; the services check the caller again on every use case.
 */
@Named
@ViewScoped
public class YearContext implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BlocService blocs;

    @Inject
    private BlocAccess access;

    private Long blocId;
    private Integer year;

    private BlocYearView bloc;
    private Long myUnitId;
    private String myUnitName;
    private boolean leader;
    private boolean board;
    private List<BlocYearView.Member> members;

    /** Reads the header once per view; refuses a caller who may not read the bloc's year. */
    public void load() {
        if (bloc != null) {
            return;
        }
        if (blocId == null || year == null) {
            throw new NotFoundException("Bloc", blocId);
        }
        access.requireReadAccess(blocId, year);
        bloc = blocs.viewBlocYear(blocId, year);
        access.callerMemberUnit(blocId, year).ifPresent(u -> {
            myUnitId = u.getId();
            myUnitName = u.getName();
        });
        leader = access.callerLeads(blocId, year);
        board = access.isBoard();
        Collator byName = Collator.getInstance(Locale.forLanguageTag("vi"));
        members = bloc.members().stream().sorted(Comparator.comparing(BlocYearView.Member::name, byName)).toList();
    }

    public Long getBlocId() {
        return blocId;
    }

    public void setBlocId(Long blocId) {
        this.blocId = blocId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public BlocYearView getBloc() {
        return bloc;
    }

    public String getBlocName() {
        return bloc == null ? null : bloc.name();
    }

    public String getBlocCode() {
        return bloc == null ? null : bloc.code();
    }

    /** The unit through which the caller belongs to the bloc this year; null for Board staff. */
    public Long getMyUnitId() {
        return myUnitId;
    }

    public String getMyUnitName() {
        return myUnitName;
    }

    public boolean isMember() {
        return myUnitId != null;
    }

    /** Whether the caller represents the year's leader or deputy unit. */
    public boolean isLeader() {
        return leader;
    }

    /** Whether the caller holds a Board role. */
    public boolean isBoard() {
        return board;
    }

    public List<BlocYearView.Member> getMembers() {
        return members;
    }
}
