package dev.relkit.user;

import dev.relkit.model.user.Address;
import dev.relkit.model.user.User;
import dev.relkit.model.user.UserProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of {@code dev/relkit/seed/user_address.sql} as fresh objects, to compare loaded graphs
 * with. Each call returns new objects holding only their own columns; the {@code with...} methods
 * attach the relationships a query is expected to fill. Public so that ITs of other packages (the
 * querying patterns) compare with the same rows.
 */
public final class UserSeed {

    static final int SPONGEBOB = 1;
    static final int SANDY = 2;
    static final int PATRICK = 3;
    static final int SQUIDWARD = 4;
    static final int EHKRABS = 5;

    private UserSeed() {
    }

    public static User user(int id) {
        return switch (id) {
            case SPONGEBOB -> user(1, "spongebob", "Spongebob Squarepants", 1, 5);
            case SANDY -> user(2, "sandy", "Sandy Cheeks", 2, null);
            case PATRICK -> user(3, "patrick", "Patrick Star", null, null);
            case SQUIDWARD -> user(4, "squidward", "Squidward Tentacles", 4, 5);
            case EHKRABS -> user(5, "ehkrabs", "Eugene H. Krabs", null, 5);
            default -> throw new IllegalArgumentException("no seeded user " + id);
        };
    }

    public static Address address(int id) {
        return switch (id) {
            case 1 -> address(1, 1, "spongebob@sqlalchemy.org", "124 Conch Street", "Bikini Bottom", "96970");
            case 2 -> address(2, 2, "sandy@sqlalchemy.org", "1 Treedome Lane", "Bikini Bottom", "96970");
            case 3 -> address(3, 2, "sandy@squirrelpower.org", null, null, null);
            case 4 -> address(4, 4, "squidward@sqlalchemy.org", "122 Conch Street", "Bikini Bottom", "96970");
            case 5 -> address(5, 5, "ehkrabs@sqlalchemy.org", "831 Bottom Feeder Lane", "Bikini Bottom", "96971");
            case 6 -> address(6, null, "plankton@chumbucket.example", "833 Bottom Feeder Lane", "Bikini Bottom", "96971");
            default -> throw new IllegalArgumentException("no seeded address " + id);
        };
    }

    static UserProfile profile(int id) {
        return switch (id) {
            case 1 -> profile(1, SANDY, "Scientist and karate champion from Texas.", "https://squirrelpower.org");
            case 2 -> profile(2, SPONGEBOB, "Fry cook at the Krusty Krab. I'm ready!", null);
            case 3 -> profile(3, SQUIDWARD, null, null);
            default -> throw new IllegalArgumentException("no seeded profile " + id);
        };
    }

    /** The user with {@code homeAddress} and {@code workAddress} set (or null) from the seed. */
    static User withHomeAndWork(int id) {
        User user = user(id);
        user.setHomeAddress(user.getHomeAddressId() == null ? null : address(user.getHomeAddressId()));
        user.setWorkAddress(user.getWorkAddressId() == null ? null : address(user.getWorkAddressId()));
        return user;
    }

    /** {@link #withHomeAndWork} plus the user's own {@code addresses}, by address id. */
    static User withAddresses(int id) {
        User user = withHomeAndWork(id);
        List<Address> own = new ArrayList<>();
        for (int addressId = 1; addressId <= 6; addressId++) {
            Address address = address(addressId);
            if (Integer.valueOf(id).equals(address.getUserId())) {
                own.add(address);
            }
        }
        user.setAddresses(own);
        return user;
    }

    /** The user with its one-to-one {@code profile} (null for patrick and ehkrabs). */
    static User withProfile(int id) {
        User user = user(id);
        user.setProfile(switch (id) {
            case SANDY -> profile(1);
            case SPONGEBOB -> profile(2);
            case SQUIDWARD -> profile(3);
            default -> null;
        });
        return user;
    }

    static List<User> users(java.util.function.IntFunction<User> shape, int... ids) {
        List<User> users = new ArrayList<>();
        for (int id : ids) {
            users.add(shape.apply(id));
        }
        return users;
    }

    static List<Address> addresses(int... ids) {
        List<Address> addresses = new ArrayList<>();
        for (int id : ids) {
            addresses.add(address(id));
        }
        return addresses;
    }

    private static User user(int id, String name, String fullname, Integer homeAddressId, Integer workAddressId) {
        User user = new User(name, fullname);
        user.setId(id);
        user.setHomeAddressId(homeAddressId);
        user.setWorkAddressId(workAddressId);
        return user;
    }

    private static Address address(int id, Integer userId, String email, String street, String city, String postalCode) {
        Address address = new Address(email, street, city, postalCode);
        address.setId(id);
        address.setUserId(userId);
        return address;
    }

    private static UserProfile profile(int id, int userId, String bio, String website) {
        UserProfile profile = new UserProfile(bio, website);
        profile.setId(id);
        profile.setUserId(userId);
        return profile;
    }
}
