package vn.thidua.bloc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

import vn.thidua.unit.entity.Province;

/**
 * An emulation bloc of one province (the one it was founded in: {@link #getProvince}; see
 * {@link #provinceIn} for later years after a province succession). Its members and leadership are kept per year
 * ({@link Membership}, {@link Leadership}); the version guards edits of the bloc and
 * of any of its years against a concurrent edit.
 */
@Entity
@Table(name = "bloc")
public class Bloc implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "province_id", nullable = false)
    private Province province;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 2000)
    private String description;

    @Version
    private int version;

    protected Bloc() {
    }

    public Bloc(Province province, String code, String name, String description) {
        this.province = Objects.requireNonNull(province);
        describe(code, name, description);
    }

    public final void describe(String code, String name, String description) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Province getProvince() {
        return province;
    }

    /**
     * The bloc's province in {@code year}: the province it was founded in, or the successor
     * its records continue in from the year of a province succession on (Bloc No. 03 of
     * Đắk Nông is under Lâm Đồng from 2025).
     */
    public Province provinceIn(int year) {
        return province.inYear(year);
    }

    /** The province whose authority stands for the bloc on {@code day} (the addressee of its documents). */
    public Province provinceOn(java.time.LocalDate day) {
        return province.on(day);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getVersion() {
        return version;
    }
}
