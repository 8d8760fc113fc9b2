package com.example.music.service;

import com.example.music.model.Artist;
import com.example.music.model.Track;

import java.util.List;

/** An artist as the API shows it: its name and its tracks' titles. */
public record ArtistView(int id, String name, List<String> tracks) {

    static ArtistView of(Artist artist) {
        return new ArtistView(artist.getId(), artist.getName(), artist.getTracks().stream().map(Track::getTitle).toList());
    }
}
