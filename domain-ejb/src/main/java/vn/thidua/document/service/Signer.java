package vn.thidua.document.service;

/**
 * Who signs: the authority form where it applies ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "Q.
 * TRƯỞNG BAN"; null otherwise), the title ("Chủ tịch", printed in capitals) and a person's
 * name (null or blank leaves the line to fill in by hand).
 */
public record Signer(String authority, String title, String name) {
}
