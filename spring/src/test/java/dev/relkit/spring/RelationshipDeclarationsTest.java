package dev.relkit.spring;

import dev.relkit.relation.Relationship;
import dev.relkit.spring.scanned.PairDeclarations;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RelationshipDeclarationsTest {

    @Test
    void aScannedPairConstantYieldsBothOfItsRelationships() {
        RelationshipDeclarations declarations = new RelationshipDeclarations()
                .scan(getClass().getClassLoader(), List.of("dev.relkit.spring.scanned"));

        List<Relationship<?, ?>> found = declarations.metamodel().relationships();
        assertThat(found).containsExactly(PairDeclarations.BOOK_AUTHOR.relationship(),
                PairDeclarations.BOOK_AUTHOR.inverse());
        assertThat(declarations.metamodel().inverseOf(PairDeclarations.BOOK_AUTHOR.relationship()))
                .containsSame(PairDeclarations.BOOK_AUTHOR.inverse());
    }

    @Test
    void aPackageWithoutClassesIsAnErrorNamingIt() {
        assertThatThrownBy(() -> new RelationshipDeclarations()
                .scan(getClass().getClassLoader(), List.of("dev.relkit.spring.misspelt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dev.relkit.spring.misspelt");
    }
}
