package com.example.music.service;

import com.example.music.model.Playlist;
import com.example.music.model.Track;

import java.util.List;

import static com.example.music.relation.MusicRelationships.PLAYLIST_TRACKS;

/** A playlist as the API shows it: its name and its tracks' titles, in the order they were added. */
public record PlaylistView(int id, String name, List<String> tracks) {

    static PlaylistView of(Playlist playlist) {
        return new PlaylistView(playlist.getId(), playlist.getName(),
                PLAYLIST_TRACKS.list(playlist).stream().map(Track::getTitle).toList());
    }
}
