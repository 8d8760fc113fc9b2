package dev.relkit.demo.tour;

import dev.relkit.mapper.user.AddressMapper;
import dev.relkit.mapper.user.UserMapper;
import dev.relkit.mapper.user.UserProfileMapper;
import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;

import java.util.List;

/**
 * Users with home and work addresses (two foreign keys to {@code address}), their own addresses,
 * and a one-to-one profile: the aliased double join, a filter through it, {@code EXISTS} on both
 * relationships, {@code any}/{@code none}, the NULL-aware "not equal to this user", and the
 * one-to-one loaded from each side.
 */
final class UserTour implements TourSection {

    @Override
    public String title() {
        return "Users: home and work addresses, any/none, instance comparisons, one-to-one profile";
    }

    @Override
    public void run(Tour tour) {
        tour.runSeed("dev/relkit/seed/user_address.sql");

        List<User> all = tour.scenario("Every user with home and work address: address joined twice, one statement (XML)",
                session -> session.getMapper(UserMapper.class).selectAllWithHomeAndWork());
        all.forEach(user -> tour.show(describe(user)));

        List<User> byWorkCity = tour.scenario(
                "Users whose work address is in Bikini Bottom: filter through the work_address join (dynamic SQL)",
                session -> session.getMapper(UserMapper.class).selectByWorkAddressCityDynamic("Bikini Bottom"));
        byWorkCity.forEach(user -> tour.show(describe(user)));

        List<User> byBoth = tour.scenario(
                "Users living at 96970 and working at 96971: has(HOME_ADDRESS, ...) and has(WORK_ADDRESS, ...)",
                session -> session.getMapper(UserMapper.class).selectByHomeAndWorkPostalCodesDynamic("96970", "96971"));
        byBoth.forEach(user -> tour.show(describe(user)));

        List<User> withAddresses = tour.scenario("Users with any address: any(ADDRESSES)",
                session -> session.getMapper(UserMapper.class).selectWithAnyAddressDynamic());
        tour.show("any: " + names(withAddresses));

        List<User> withoutAddresses = tour.scenario("Users with no address: none(ADDRESSES), i.e. ~User.addresses.any()",
                session -> session.getMapper(UserMapper.class).selectWithoutAddressesDynamic());
        tour.show("none: " + names(withoutAddresses));

        User sandy = new User("sandy", "Sandy Cheeks");
        sandy.setId(2);
        List<Address> notSandys = tour.scenario(
                "Addresses not owned by sandy: doesNotReferTo(ADDRESS_USER, sandy), NULL-aware like SQLAlchemy's !=",
                session -> session.getMapper(AddressMapper.class).selectNotOwnedByDynamic(sandy));
        notSandys.forEach(address -> tour.show(address.getEmailAddress() + " (user_id " + address.getUserId() + ")"));
        tour.show("the Chum Bucket has no user and is listed: a plain user_id <> 2 would drop it");

        User spongebob = tour.scenario("User 1 with the one-to-one profile (outer join)",
                session -> session.getMapper(UserMapper.class).selectWithProfileByIdDynamic(1));
        tour.show(spongebob.getName() + " -> " + describe(spongebob.getProfile()));
        User patrick = tour.scenario("User 3 with the one-to-one profile: he has none",
                session -> session.getMapper(UserMapper.class).selectWithProfileById(3));
        tour.show(patrick.getName() + " -> " + describe(patrick.getProfile()));
        UserProfile profile = tour.scenario("Profile 1 with its user: the same one-to-one from the foreign-key side",
                session -> session.getMapper(UserProfileMapper.class).selectWithUserByIdDynamic(1));
        tour.show(describe(profile) + " -> " + profile.getUser().getName());

        tour.scenario("Create gary with two new addresses: user, then addresses with user_id, then the user's address ids",
                session -> {
                    UserMapper users = session.getMapper(UserMapper.class);
                    AddressMapper addresses = session.getMapper(AddressMapper.class);
                    User gary = new User("gary", "Gary the Snail");
                    users.insert(gary);
                    Address home = new Address("gary@sqlalchemy.org", "124 Conch Street", "Bikini Bottom", "96970");
                    Address work = new Address("gary@krustykrab.example", "831 Bottom Feeder Lane", "Bikini Bottom", "96971");
                    home.setUserId(gary.getId());
                    work.setUserId(gary.getId());
                    addresses.insert(home);
                    addresses.insert(work);
                    gary.setHomeAddressId(home.getId());
                    gary.setWorkAddressId(work.getId());
                    users.updateAddressIds(gary);
                    tour.show("generated ids: gary=" + gary.getId() + ", home=" + home.getId() + ", work=" + work.getId());
                    return null;
                });
    }

    private static String describe(User user) {
        return user.getName() + ": home " + street(user.getHomeAddress()) + ", work " + street(user.getWorkAddress());
    }

    private static String street(Address address) {
        return address == null ? "none" : address.getStreet();
    }

    private static String describe(UserProfile profile) {
        return profile == null ? "no profile" : "profile " + profile.getId() + " (" + profile.getBio() + ")";
    }

    private static String names(List<User> users) {
        return String.join(", ", users.stream().map(User::getName).toList());
    }
}
