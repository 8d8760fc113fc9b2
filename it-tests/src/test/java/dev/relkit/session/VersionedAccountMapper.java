package dev.relkit.session;

/** Registers the resultMap of {@code VersionedAccountMapper.xml}. */
public interface VersionedAccountMapper {

    String NAMESPACE = "dev.relkit.session.VersionedAccountMapper";
}
