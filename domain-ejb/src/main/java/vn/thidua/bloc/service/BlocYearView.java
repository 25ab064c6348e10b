package vn.thidua.bloc.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A bloc in one year, read-only: members under the names they had that year, with
 * their role (leader, deputy or none); the province of that year and of each year of
 * the bloc's history ({@code yearProvinces}: they differ across a province succession).
 */
public record BlocYearView(Long blocId, int version, String code, String name, String description,
                           String provinceName, int year, List<Member> members, List<Integer> years,
                           Map<Integer, String> yearProvinces)
        implements Serializable {

    public BlocYearView {
        members = List.copyOf(members);
        years = List.copyOf(years);
        yearProvinces = Map.copyOf(yearProvinces);
    }

    /** The province the bloc belonged to in each of its years. */
    public Map<Integer, String> getYearProvinces() {
        return yearProvinces;
    }

    /** A member unit of the year; {@code role} is LEADER, DEPUTY or null. */
    public record Member(Long unitId, String code, String name, String shortName, String role)
            implements Serializable {

        public Long getUnitId() {
            return unitId;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getShortName() {
            return shortName;
        }

        public String getRole() {
            return role;
        }
    }

    public Member leader() {
        return members.stream().filter(m -> "LEADER".equals(m.role())).findFirst().orElse(null);
    }

    public Member deputy() {
        return members.stream().filter(m -> "DEPUTY".equals(m.role())).findFirst().orElse(null);
    }

    public Long getBlocId() {
        return blocId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public int getYear() {
        return year;
    }

    public List<Member> getMembers() {
        return members;
    }

    public List<Integer> getYears() {
        return years;
    }

    public Member getLeader() {
        return leader();
    }

    public Member getDeputy() {
        return deputy();
    }
}
