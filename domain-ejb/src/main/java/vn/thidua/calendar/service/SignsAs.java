package vn.thidua.calendar.service;

/**
 * Whether the head signs in person (CHỦ TỊCH, TRƯỞNG BAN) or a deputy signs on the head's
 * behalf (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH, KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN; Decree 30/2020/NĐ-CP).
 */
public enum SignsAs {
    HEAD,
    DEPUTY
}
