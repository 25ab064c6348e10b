package vn.thidua.register.service;

import java.time.LocalDateTime;

/** A number taken from a register: the register's unit and year, the number and the full sign ("05/TTr-KTĐ03"). */
public record RegisterNumber(Long unitId, int year, int number, String sign, LocalDateTime issuedAt) {
}
