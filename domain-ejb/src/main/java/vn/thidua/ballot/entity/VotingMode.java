package vn.thidua.ballot.entity;

/** Electronic (each member votes in the portal) or paper (the leader enters the counts). */
public enum VotingMode {
    ELECTRONIC,
    PAPER
}
