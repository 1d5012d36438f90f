package dev.callisto.application;

import dev.callisto.domain.InvalidInputException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a tenant-scoped, filtered, paged JPQL query. The tenant condition is part of the
 * constructor, so a list query cannot forget it.
 */
public final class PagedQuery<T> {

    private final Class<T> type;
    private final String entity;
    private final StringBuilder where = new StringBuilder(" where e.tenantId = :tenantId");
    private final Map<String, Object> params = new LinkedHashMap<>();

    public PagedQuery(Class<T> type, long tenantId) {
        this.type = type;
        this.entity = type.getSimpleName();
        params.put("tenantId", tenantId);
    }

    /** Adds {@code condition} (using {@code :name}) only when a filter value was given. */
    public PagedQuery<T> filter(String condition, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a condition that always applies, with all the parameters it uses (a visibility rule). */
    public PagedQuery<T> restrict(String condition, Map<String, Object> values) {
        where.append(" and (").append(condition).append(')');
        params.putAll(values);
        return this;
    }

    /** Case-insensitive text search: {@code condition} compares lower-cased columns with {@code :q}. */
    public PagedQuery<T> search(String condition, String text) {
        return filter(condition, "q", text == null ? null : text.toLowerCase());
    }

    /** How many rows match, per value of {@code field} (such as {@code e.status}), in one grouped query. */
    public Map<Object, Long> countBy(EntityManager em, String field) {
        TypedQuery<Object[]> query = em.createQuery(
                "select " + field + ", count(e) from " + entity + " e" + where + " group by " + field, Object[].class);
        params.forEach(query::setParameter);
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put(row[0], (Long) row[1]);
        }
        return counts;
    }

    public Page<T> fetch(EntityManager em, String orderBy, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "page must be 0 or more");
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new InvalidInputException("size", "size must be between 1 and " + Page.MAX_SIZE);
        }
        TypedQuery<T> items = em.createQuery("select e from " + entity + " e" + where + " order by " + orderBy, type);
        TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(
                items.setFirstResult(page * size).setMaxResults(size).getResultList(),
                count.getSingleResult(),
                page,
                size);
    }
}
