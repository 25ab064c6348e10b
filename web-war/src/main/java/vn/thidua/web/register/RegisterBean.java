package vn.thidua.web.register;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.account.service.AccountService;
import vn.thidua.register.service.RegisterService;
import vn.thidua.register.service.RegisterView;
import vn.thidua.web.session.UserSession;

/**
 * /register/view.xhtml: a unit's register of numbers (sổ văn bản) of a year: every number
 * taken, with its sign, what it numbers, who took it and when. A representative sees their
 * own unit's register; the Board chooses among the units that took numbers that year.
 */
@Named
@ViewScoped
public class RegisterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RegisterService registers;

    @Inject
    private AccountService accounts;

    @Inject
    private UserSession session;

    private Long unit;
    private Integer year;
    private RegisterView register;
    private List<RegisterView.Issuer> issuers;

    public void load() {
        if (year == null) {
            year = LocalDate.now().getYear();
        }
        if (unit == null) {
            unit = accounts.callerUnitId().orElse(null);
        }
        if (session.isBoard()) {
            issuers = registers.issuers(year);
            if (unit == null && !issuers.isEmpty()) {
                unit = issuers.get(0).unitId();
            }
        }
        register = unit == null ? null : registers.register(unit, year);
    }

    /** Shows the chosen unit's register of the chosen year (a bookmarkable address). */
    public String show() {
        return "/register/view?faces-redirect=true&includeViewParams=true";
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public RegisterView getRegister() {
        return register;
    }

    public List<RegisterView.Issuer> getIssuers() {
        return issuers == null ? List.of() : issuers;
    }
}
