package vn.thidua.bloc.service;

import java.io.Serializable;

/** One line of the bloc list: a bloc in one year. */
public record BlocYearRow(Long blocId, int year, String code, String name, String provinceName,
                          long memberCount, String leaderName, String deputyName) implements Serializable {

    /** A stable key for paging tables. */
    public String getKey() {
        return blocId + "-" + year;
    }

    public Long getBlocId() {
        return blocId;
    }

    public int getYear() {
        return year;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getProvinceName() {
        return provinceName;
    }

    public long getMemberCount() {
        return memberCount;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public String getDeputyName() {
        return deputyName;
    }
}
