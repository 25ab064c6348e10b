package vn.thidua.register.service;

/**
 * The kinds of document a register numbers, each with a symbol (Decree 30/2020/NĐ-CP,
 * Appendix III): the default symbols are in the documents bundle
 * ({@code register.symbol.<KIND>}), a unit may set its own ({@code register_symbol}).
 */
public enum RegisterKind {
    /** Tờ trình: TTr. */
    PROPOSAL,
    /** Biên bản (conference and count minutes): BB. */
    MINUTES,
    /** Báo cáo: BC. */
    REPORT,
    /** Quy chế (a bloc's regulation, numbered when a conference adopts it): QC. */
    REGULATION,
    /** Quyết định: QĐ. */
    DECISION
}
