package vn.thidua.ballot.service;

/**
 * One counting committee member's key share, handed out once in the answer to the
 * opening and never stored: holder number, name, and the share as its holder keeps it
 * ({@code "i:64 hex digits"}). {@link #toString()} never shows the share.
 */
public record CommitteeShare(int holder, String name, String share) {

    public int getHolder() {
        return holder;
    }

    public String getName() {
        return name;
    }

    public String getShare() {
        return share;
    }

    @Override
    public String toString() {
        return "CommitteeShare[holder=" + holder + "]";
    }
}
