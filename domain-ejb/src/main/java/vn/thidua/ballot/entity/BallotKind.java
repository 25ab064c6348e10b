package vn.thidua.ballot.entity;

/** What a ballot decides. */
public enum BallotKind {
    /** Bỏ phiếu bình bầu: nominees for awards. */
    COMMENDATION,
    /** Lấy phiếu suy tôn: next year's leader and deputy. */
    LEADERSHIP
}
