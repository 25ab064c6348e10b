package vn.thidua.registry.entity;

/** The awards a bloc proposes. */
public enum AwardKind {
    /** Cờ thi đua của UBND tỉnh. */
    PROVINCIAL_FLAG,
    /** Bằng khen của Chủ tịch UBND tỉnh. */
    CERTIFICATE_OF_MERIT
}
