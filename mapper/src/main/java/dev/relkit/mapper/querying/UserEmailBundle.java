package dev.relkit.mapper.querying;

/**
 * Selected columns grouped into one value, SQLAlchemy's {@code Bundle}: a user's name and full name
 * with one of their e-mail addresses, built through the record's constructor.
 */
public record UserEmailBundle(String name, String fullname, String emailAddress) {
}
