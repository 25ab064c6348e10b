package vn.thidua.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** DELIBERATE VIOLATION (removed in the next commit): a web class with an EntityManager. */
@RequestScoped
public class DeliberateViolation {

    @PersistenceContext
    private EntityManager em;

    public long units() {
        return em.createQuery("SELECT COUNT(u) FROM Unit u", Long.class).getSingleResult();
    }
}
