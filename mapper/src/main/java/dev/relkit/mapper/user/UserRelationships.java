package dev.relkit.mapper.user;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;
import dev.relkit.relation.RelationshipPair;

import java.util.List;

import static dev.relkit.mapper.user.AddressDynamicSqlSupport.address;
import static dev.relkit.mapper.user.UserAccountDynamicSqlSupport.userAccount;
import static dev.relkit.mapper.user.UserProfileDynamicSqlSupport.userProfile;

/**
 * The user domain's entities and relationships, declared once.
 *
 * <pre>
 * address.user_id              ──► user_account.id   User.addresses ◄──► Address.user
 * user_account.home_address_id ──► address.id        User.homeAddress   (no inverse)
 * user_account.work_address_id ──► address.id        User.workAddress   (no inverse)
 * user_profile.user_id UNIQUE  ──► user_account.id   User.profile   ◄──► UserProfile.user
 * </pre>
 *
 * <p>{@code user_account} and {@code address} reference each other, so a new user with new
 * addresses is written in three steps: the user (without home and work ids), the addresses (with
 * the user's generated id), then an update of the user's home and work ids.
 */
public final class UserRelationships {

    public static final EntityType<User> USER = EntityType.fromTable(User.class, userAccount)
            .generatedId(userAccount.id)
            .resultMap(UserMapper.NAMESPACE + ".userResult")
            .build();

    public static final EntityType<Address> ADDRESS = EntityType.fromTable(Address.class, address)
            .generatedId(address.id)
            .resultMap(AddressMapper.NAMESPACE + ".addressResult")
            .build();

    public static final EntityType<UserProfile> USER_PROFILE = EntityType.fromTable(UserProfile.class, userProfile)
            .generatedId(userProfile.id)
            .resultMap(UserProfileMapper.NAMESPACE + ".profileResult")
            .build();

    /**
     * {@code User.homeAddress}: many-to-one through {@code user_account.home_address_id}, joined as
     * {@code home_address}. The home address is usually one of the user's own addresses, which refer to
     * the user: the two rows refer to each other, so the key is written by a second {@code UPDATE}
     * once both exist (post-update).
     */
    public static final Relationship<User, Address> HOME_ADDRESS = Relationship.manyToOne("homeAddress", USER, ADDRESS)
            .on(userAccount.homeAddressId, address.id)
            .reference(User::getHomeAddress, User::setHomeAddress)
            .postUpdate()
            .build();

    /** {@code User.workAddress}: many-to-one through {@code user_account.work_address_id}, joined as {@code work_address}. */
    public static final Relationship<User, Address> WORK_ADDRESS = Relationship.manyToOne("workAddress", USER, ADDRESS)
            .on(userAccount.workAddressId, address.id)
            .reference(User::getWorkAddress, User::setWorkAddress)
            .build();

    /** {@code User.addresses}: one-to-many by {@code address.user_id}, ordered by address id. */
    public static final RelationshipPair<User, Address> ADDRESSES_PAIR = Relationship.oneToMany("addresses", USER, ADDRESS)
            .on(userAccount.id, address.userId)
            .list(User::getAddresses, User::setAddresses)
            .orderBy(address.id)
            .withInverse("user", inverse -> inverse.reference(Address::getUser, Address::setUser))
            .build();
    public static final Relationship<User, Address> ADDRESSES = ADDRESSES_PAIR.relationship();
    /** {@code Address.user}: the inverse of {@link #ADDRESSES}; {@code null} for an address nobody owns. */
    public static final Relationship<Address, User> ADDRESS_USER = ADDRESSES_PAIR.inverse();

    /** {@code User.profile}: one-to-one through the unique {@code user_profile.user_id}, joined as {@code profile}. */
    public static final RelationshipPair<User, UserProfile> PROFILE_PAIR = Relationship.oneToOne("profile", USER, USER_PROFILE)
            .on(userAccount.id, userProfile.userId)
            .reference(User::getProfile, User::setProfile)
            .withInverse("user", inverse -> inverse.reference(UserProfile::getUser, UserProfile::setUser))
            .build();
    public static final Relationship<User, UserProfile> PROFILE = PROFILE_PAIR.relationship();
    /** {@code UserProfile.user}: the foreign-key side of the one-to-one {@link #PROFILE}. */
    public static final Relationship<UserProfile, User> PROFILE_USER = PROFILE_PAIR.inverse();

    /** Every relationship of the user domain. */
    public static final List<Relationship<?, ?>> ALL =
            List.of(HOME_ADDRESS, WORK_ADDRESS, ADDRESSES, ADDRESS_USER, PROFILE, PROFILE_USER);

    private UserRelationships() {
    }
}
