package vn.thidua.ballot.entity;

/** The seat kinds a ballot fills, in the order they are counted. */
public enum Seat {
    /** Cờ thi đua của UBND tỉnh (AwardKind.PROVINCIAL_FLAG). */
    PROVINCIAL_FLAG,
    /** Bằng khen của Chủ tịch UBND tỉnh (AwardKind.CERTIFICATE_OF_MERIT). */
    CERTIFICATE_OF_MERIT,
    /** Khối trưởng. */
    LEADER,
    /** Khối phó. */
    DEPUTY
}
