package dev.callisto.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unique constraint the database enforced: two identical creates raced past the services'
 * own duplicate checks, and the loser is told what a later duplicate would be told, a 409 naming
 * the field. The field is the constraint's last column that is not the tenant, read from the
 * driver's message (H2: {@code ON PUBLIC.T(TENANT_ID NULLS FIRST, NAME NULLS FIRST)}, PostgreSQL:
 * {@code Key (tenant_id, name)=}); a driver that names no columns gets a 409 without a field.
 */
final class ConstraintConflict {

    private static final Pattern COLUMNS = Pattern.compile("(?:ON \\S+|Key )\\(([^()]+)\\)");

    private ConstraintConflict() {}

    /** The 409 for a unique-constraint violation anywhere in {@code e}'s causes, if there is one. */
    static Optional<Response> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return Optional.of(conflict(field(String.valueOf(sql.getMessage()))));
            }
        }
        return Optional.empty();
    }

    private static Response conflict(String field) {
        if (field == null) {
            return Problem.response(Status.CONFLICT, "it already exists or was changed concurrently; read it again");
        }
        String message = "another one with this " + field + " already exists";
        return Problem.response(Status.CONFLICT, message, List.of(new FieldError(field, message)));
    }

    static String field(String message) {
        Matcher m = COLUMNS.matcher(message);
        if (!m.find()) {
            return null;
        }
        String field = null;
        for (String column : m.group(1).split(",")) {
            String name = column.trim().split("\\s+")[0].replace("\"", "").toLowerCase();
            if (!name.equals("tenant_id") && !name.isEmpty()) {
                field = camel(name);
            }
        }
        return field;
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char ch : snake.toCharArray()) {
            if (ch == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            }
        }
        return out.toString();
    }
}
