package dev.relkit.session;

/** Registers the resultMaps of {@code CascadeTestMapper.xml}; the unit of work generates the SQL. */
public interface CascadeTestMapper {

    String NAMESPACE = "dev.relkit.session.CascadeTestMapper";
}
