package vn.thidua.document.service;

import java.util.List;

/**
 * An extract of the award registry (trích lục sổ khen thưởng) for one unit (or for every
 * unit when {@code unitName} is null), issued by the Board.
 */
public record RegistryExtract(Header header, String number, String unitName, List<RegistrySheet.Row> awards,
                              Signer signer) {
}
