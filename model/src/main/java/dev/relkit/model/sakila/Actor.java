package dev.relkit.model.sakila;

import java.util.ArrayList;
import java.util.List;

/**
 * An actor: the other side of {@link Film#getActors()}, many-to-many through {@code film_actor}.
 *
 * <p>Mapped to the Sakila table {@code actor}; {@link #toString()} prints scalar columns only.
 */
public class Actor {

    private Integer actorId;
    private String firstName;
    private String lastName;
    private List<Film> films = new ArrayList<>();

    public Actor() {
    }

    public Integer getActorId() {
        return actorId;
    }

    public void setActorId(Integer actorId) {
        this.actorId = actorId;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public List<Film> getFilms() {
        return films;
    }

    public void setFilms(List<Film> films) {
        this.films = films;
    }

    @Override
    public String toString() {
        return "Actor{"
                + "actorId=" + actorId
                + ", firstName='" + firstName + "'"
                + ", lastName='" + lastName + "'" + "}";
    }
}
