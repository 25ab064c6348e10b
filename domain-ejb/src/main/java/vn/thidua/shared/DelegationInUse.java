package vn.thidua.shared;

import java.io.Serializable;

/**
 * The delegation under which the current transaction's caller acts as bloc leader (issue 15,
 * item 4): put into the transaction's resources by the access check that granted the step
 * ({@code BlocAccess}), read by the audit trail, which names it on every entry of that
 * transaction, and by the steps that record it on their own rows.
 */
public record DelegationInUse(Long delegationId, String deputyUnitCode) implements Serializable {

    /** The key of the transaction resource ({@code TransactionSynchronizationRegistry}). */
    public static final String KEY = "vn.thidua.shared.DelegationInUse";

    /** How the audit entry names it, appended to the entry's details. */
    public String auditText() {
        return "delegation #" + delegationId + " (" + deputyUnitCode + ")";
    }
}
