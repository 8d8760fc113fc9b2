package dev.relkit.user;

import dev.relkit.harness.RelkitTest;
import dev.relkit.harness.StatementRecorder;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.mapper.user.UserProfileMapper;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import org.junit.jupiter.api.Test;

import static dev.relkit.user.UserSeed.EHKRABS;
import static dev.relkit.user.UserSeed.PATRICK;
import static dev.relkit.user.UserSeed.SANDY;
import static dev.relkit.user.UserSeed.SPONGEBOB;
import static dev.relkit.user.UserSeed.SQUIDWARD;
import static org.assertj.core.api.Assertions.assertThat;

/** The one-to-one {@code User.profile} / {@code UserProfile.user}, loaded from both sides in one statement each. */
@RelkitTest
class UserProfileMapperIT {

    @Test
    void loadsAUserWithItsProfileInOneStatement(UserMapper users, StatementRecorder statements) {
        for (int id : new int[] {SPONGEBOB, SANDY, SQUIDWARD}) {
            User xml = statements.assertCount(1, () -> users.selectWithProfileById(id));
            User dynamic = statements.assertCount(1, () -> users.selectWithProfileByIdDynamic(id));

            assertThat(xml).usingRecursiveComparison().isEqualTo(UserSeed.withProfile(id));
            assertThat(dynamic).usingRecursiveComparison().isEqualTo(UserSeed.withProfile(id));
        }
        // profile ids differ from user ids: spongebob (1) has profile 2
        assertThat(users.selectWithProfileById(SPONGEBOB).getProfile().getId()).isEqualTo(2);
    }

    @Test
    void aUserWithoutAProfileGetsNull(UserMapper users, StatementRecorder statements) {
        for (int id : new int[] {PATRICK, EHKRABS}) {
            User xml = statements.assertCount(1, () -> users.selectWithProfileById(id));
            User dynamic = statements.assertCount(1, () -> users.selectWithProfileByIdDynamic(id));

            assertThat(xml.getProfile()).isNull();
            assertThat(dynamic.getProfile()).isNull();
            assertThat(xml).usingRecursiveComparison().isEqualTo(UserSeed.user(id));
            assertThat(dynamic).usingRecursiveComparison().isEqualTo(UserSeed.user(id));
        }
    }

    @Test
    void loadsAProfileWithItsUserInOneStatement(UserProfileMapper profiles, StatementRecorder statements) {
        for (int id = 1; id <= 3; id++) {
            int profileId = id;
            UserProfile xml = statements.assertCount(1, () -> profiles.selectWithUserById(profileId));
            UserProfile dynamic = statements.assertCount(1, () -> profiles.selectWithUserByIdDynamic(profileId));

            // the user's own columns only: the query does not map User.profile back
            UserProfile expected = UserSeed.profile(id);
            expected.setUser(UserSeed.user(expected.getUserId()));
            assertThat(xml).usingRecursiveComparison().isEqualTo(expected);
            assertThat(dynamic).usingRecursiveComparison().isEqualTo(expected);
        }
        assertThat(profiles.selectWithUserById(1).getUser().getName()).isEqualTo("sandy");
    }

    @Test
    void anUnknownProfileIdGivesNull(UserProfileMapper profiles, StatementRecorder statements) {
        assertThat(statements.assertCount(1, () -> profiles.selectWithUserById(99))).isNull();
        assertThat(statements.assertCount(1, () -> profiles.selectWithUserByIdDynamic(99))).isNull();
    }
}
