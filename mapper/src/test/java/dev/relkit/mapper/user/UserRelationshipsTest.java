package dev.relkit.mapper.user;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import dev.relkit.relation.Metamodel;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipKind;
import org.junit.jupiter.api.Test;

import static dev.relkit.mapper.user.UserRelationships.ADDRESSES;
import static dev.relkit.mapper.user.UserRelationships.ADDRESS_USER;
import static dev.relkit.mapper.user.UserRelationships.HOME_ADDRESS;
import static dev.relkit.mapper.user.UserRelationships.PROFILE;
import static dev.relkit.mapper.user.UserRelationships.PROFILE_USER;
import static dev.relkit.mapper.user.UserRelationships.WORK_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The user domain's declarations: kinds, role aliases, inverses and accessors. */
class UserRelationshipsTest {

    @Test
    void declaresEachRelationshipWithTheRoleAliasItsQueriesUse() {
        assertThat(UserRelationships.ALL)
                .extracting(Relationship::qualifiedName, Relationship::kind, Relationship::roleAlias)
                .containsExactly(
                        tuple("User.homeAddress", RelationshipKind.MANY_TO_ONE, "home_address"),
                        tuple("User.workAddress", RelationshipKind.MANY_TO_ONE, "work_address"),
                        tuple("User.addresses", RelationshipKind.ONE_TO_MANY, "addresses"),
                        tuple("Address.user", RelationshipKind.MANY_TO_ONE, "user"),
                        tuple("User.profile", RelationshipKind.ONE_TO_ONE, "profile"),
                        tuple("UserProfile.user", RelationshipKind.MANY_TO_ONE, "user"));
    }

    @Test
    void inversesPointBackAndHomeAndWorkHaveNone() {
        Metamodel metamodel = Metamodel.of(UserRelationships.ALL);

        assertThat(metamodel.inverseOf(ADDRESSES)).contains(ADDRESS_USER);
        assertThat(metamodel.inverseOf(ADDRESS_USER)).contains(ADDRESSES);
        assertThat(metamodel.inverseOf(PROFILE)).contains(PROFILE_USER);
        assertThat(metamodel.inverseOf(PROFILE_USER)).contains(PROFILE);
        assertThat(metamodel.inverseOf(HOME_ADDRESS)).isEmpty();
        assertThat(metamodel.inverseOf(WORK_ADDRESS)).isEmpty();
    }

    @Test
    void accessorsReadAndWriteTheModelsProperties() {
        User user = new User("sandy", "Sandy Cheeks");
        Address home = new Address("sandy@sqlalchemy.org");
        Address work = new Address("sandy@squirrelpower.org");
        UserProfile profile = new UserProfile("Scientist", null);

        HOME_ADDRESS.setReference(user, home);
        WORK_ADDRESS.setReference(user, work);
        ADDRESSES.collection().add(user, home);
        PROFILE.setReference(user, profile);
        PROFILE_USER.setReference(profile, user);

        assertThat(user.getHomeAddress()).isSameAs(home);
        assertThat(user.getWorkAddress()).isSameAs(work);
        assertThat(user.getAddresses()).containsExactly(home);
        assertThat(user.getProfile()).isSameAs(profile);
        assertThat(profile.getUser()).isSameAs(user);
        assertThat(UserRelationships.USER.resultMapId()).contains(UserMapper.NAMESPACE + ".userResult");
    }
}
