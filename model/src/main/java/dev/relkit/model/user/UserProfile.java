package dev.relkit.model.user;

/**
 * A row of {@code user_profile}: the dependent side of the one-to-one {@link User#getProfile()},
 * kept one-to-one by the unique key on {@code user_id}.
 *
 * <p>{@link #toString()} prints scalar columns only, so printing a profile never loads or walks a
 * relationship.
 */
public class UserProfile {

    private Integer id;
    private Integer userId;
    private String bio;
    private String website;
    private User user;

    public UserProfile() {
    }

    public UserProfile(String bio, String website) {
        this.bio = bio;
        this.website = website;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getUserId() {
        return userId;
    }

    public void setUserId(Integer userId) {
        this.userId = userId;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public User getUser() {
        return user;
    }

    public void setUser(User user) {
        this.user = user;
    }

    @Override
    public String toString() {
        return "UserProfile{id=" + id + ", userId=" + userId + ", bio='" + bio + "', website='"
                + website + "'}";
    }
}
