package vn.thidua.ballot.service;

import java.io.Serializable;

/**
 * What a voter gets back: the receipt code (shown once, never stored) and whether this
 * submission was counted now or the unit had already voted.
 */
public record CastReceipt(String receipt) implements Serializable {
}
