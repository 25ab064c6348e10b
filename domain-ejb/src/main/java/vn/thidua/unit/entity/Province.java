package vn.thidua.unit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A province (tỉnh); blocs and units belong to one. */
@Entity
@Table(name = "province")
@NamedQuery(name = Province.OPTIONS, query = "SELECT NEW vn.thidua.unit.service.ProvinceOption(p.id, p.code, p.name)"
        + " FROM Province p ORDER BY p.name")
public class Province implements Serializable {

    /** Every province as an option, by name. */
    public static final String OPTIONS = "Province.options";

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    protected Province() {
    }

    public Province(String code, String name) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
