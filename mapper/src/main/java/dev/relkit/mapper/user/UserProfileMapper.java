package dev.relkit.mapper.user;

import dev.relkit.model.user.UserProfile;
import dev.relkit.relation.RelationshipJoins;
import org.apache.ibatis.annotations.ResultMap;
import org.apache.ibatis.annotations.SelectProvider;
import org.mybatis.dynamic.sql.BasicColumn;
import org.mybatis.dynamic.sql.select.render.SelectStatementProvider;
import org.mybatis.dynamic.sql.util.SqlProviderAdapter;

import java.util.List;

import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserProfileDynamicSqlSupport.userProfile;
import static dev.relkit.mapper.user.UserRelationships.PROFILE_USER;
import static org.mybatis.dynamic.sql.SqlBuilder.isEqualTo;
import static org.mybatis.dynamic.sql.SqlBuilder.select;
import static org.mybatis.dynamic.sql.render.RenderingStrategies.MYBATIS3;

/**
 * Profiles: the foreign-key side of the one-to-one {@code User.profile} / {@code UserProfile.user}.
 * The XML publishes {@code profileColumns} and {@code profileResult}, which {@code UserMapper}
 * applies under the prefix {@code profile_}.
 */
public interface UserProfileMapper {

    String NAMESPACE = "dev.relkit.mapper.user.UserProfileMapper";

    /** The user's role in profile queries ({@code UserProfile.user}). */
    UserAccountDynamicSqlSupport.UserAccountTable user = userAccount.withAlias(PROFILE_USER.roleAlias());

    /** Profile columns, then the user's under the prefix {@code profileWithUserResult} expects. */
    BasicColumn[] profileWithUserSelectList = {
            userProfile.id, userProfile.userId, userProfile.bio, userProfile.website,
            user.id.as("u_id"), user.name.as("u_name"), user.fullname.as("u_fullname"),
            user.homeAddressId.as("u_home_address_id"), user.workAddressId.as("u_work_address_id")};

    // ---- XML statements (UserProfileMapper.xml) ----

    /** Inserts a profile for {@code userId}; the generated id is set on the object. */
    int insert(UserProfile profile);

    /** One profile with its user ({@code UserProfile.user}), one statement. */
    UserProfile selectWithUserById(int id);

    // ---- mybatis-dynamic-sql ----

    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("profileWithUserResult")
    UserProfile selectOneWithUser(SelectStatementProvider selectStatement);

    /** Profiles with {@code UserProfile.user} joined, for any statement selecting {@link #profileWithUserSelectList}. */
    @SelectProvider(type = SqlProviderAdapter.class, method = "select")
    @ResultMap("profileWithUserResult")
    List<UserProfile> selectManyWithUser(SelectStatementProvider selectStatement);

    /** {@link #selectWithUserById} with the join taken from {@link UserRelationships#PROFILE_USER}. */
    default UserProfile selectWithUserByIdDynamic(int id) {
        return selectOneWithUser(selectWithUserByIdStatement(id));
    }

    static SelectStatementProvider selectWithUserByIdStatement(int id) {
        return RelationshipJoins.on(select(profileWithUserSelectList).from(userProfile).join(user),
                        PROFILE_USER, userProfile, user)
                .where(userProfile.id, isEqualTo(id))
                .build()
                .render(MYBATIS3);
    }
}
