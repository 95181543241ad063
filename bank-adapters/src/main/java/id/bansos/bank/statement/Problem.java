package id.bansos.bank.statement;

import java.util.Objects;

/**
 * Something wrong or notable in an inbound file.
 *
 * @param severity how serious it is
 * @param location where: an element path with the line (XML), or a line number (MT940, CSV)
 * @param field    the element, tag or column concerned, or {@code null} when it concerns the whole file
 * @param message  what is wrong, in words an operator can act on
 */
public record Problem(Severity severity, String location, String field, String message) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        location = location == null ? "" : location;
    }

    public static Problem error(String location, String field, String message) {
        return new Problem(Severity.ERROR, location, field, message);
    }

    public static Problem warning(String location, String field, String message) {
        return new Problem(Severity.WARNING, location, field, message);
    }

    public static Problem info(String location, String field, String message) {
        return new Problem(Severity.INFO, location, field, message);
    }

    /** One line: severity, location, field and message. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(severity.name());
        if (!location.isEmpty()) {
            s.append(" at ").append(location);
        }
        if (field != null) {
            s.append(" [").append(field).append(']');
        }
        return s.append(": ").append(message).toString();
    }
}
