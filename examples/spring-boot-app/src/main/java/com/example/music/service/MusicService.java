package com.example.music.service;

import com.example.music.mapper.ArtistMapper;
import com.example.music.mapper.PlaylistMapper;
import com.example.music.model.Artist;
import com.example.music.model.Playlist;
import com.example.music.model.Track;

import dev.relkit.load.LoadPlan;
import dev.relkit.load.RelationshipLoader;
import dev.relkit.session.RelkitSession;
import dev.relkit.spring.RelkitSessions;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.example.music.relation.MusicRelationships.ARTIST_TRACKS;
import static com.example.music.relation.MusicRelationships.ENTRY_TRACK;
import static com.example.music.relation.MusicRelationships.PLAYLIST;
import static com.example.music.relation.MusicRelationships.PLAYLIST_ENTRIES;
import static com.example.music.relation.MusicRelationships.PLAYLIST_TRACKS;
import static com.example.music.relation.MusicRelationships.TRACK;
import static dev.relkit.load.Loading.selectIn;

/**
 * The catalogue's use cases. Reads run the application's own statements and let relkit's loader add
 * the relationships with select-in statements; writes go through a relkit unit of work in the method's
 * transaction, which Spring commits when the method returns (relkit flushes the unit just before).
 */
@Service
public class MusicService {

    /** A playlist's entries and, joined into the same statement, each entry's track. */
    private static final LoadPlan ENTRIES_WITH_TRACKS = LoadPlan.of(selectIn(PLAYLIST_ENTRIES).joined(ENTRY_TRACK));

    private final ArtistMapper artists;
    private final PlaylistMapper playlists;
    private final RelationshipLoader loader;
    private final RelkitSessions relkit;

    public MusicService(ArtistMapper artists, PlaylistMapper playlists, RelationshipLoader loader, RelkitSessions relkit) {
        this.artists = artists;
        this.playlists = playlists;
        this.loader = loader;
        this.relkit = relkit;
    }

    /** Every artist with its tracks: two statements, whatever the number of artists. */
    @Transactional(readOnly = true)
    public List<ArtistView> artists() {
        List<Artist> all = loader.load(artists.selectAll(), LoadPlan.of(selectIn(ARTIST_TRACKS)));
        return all.stream().map(ArtistView::of).toList();
    }

    /** A playlist with its tracks: the playlist's statement and one for its entries and their tracks. */
    @Transactional(readOnly = true)
    public Optional<PlaylistView> playlist(int id) {
        return Optional.ofNullable(playlists.selectById(id))
                .map(playlist -> loader.load(List.of(playlist), ENTRIES_WITH_TRACKS).get(0))
                .map(PlaylistView::of);
    }

    @Transactional
    public PlaylistView createPlaylist(String name) {
        RelkitSession unit = relkit.session();
        Playlist playlist = new Playlist(name);
        unit.add(playlist);
        unit.flush(); // the generated id, for the response
        return PlaylistView.of(playlist);
    }

    /** Adds a track through the association proxy: relkit inserts the playlist entry. */
    @Transactional
    public PlaylistView addTrack(int playlistId, int trackId) {
        RelkitSession unit = relkit.session();
        Playlist playlist = playlistWithTracks(unit, playlistId);
        Track track = Optional.ofNullable(unit.get(TRACK, trackId)).orElseThrow(() -> new NotFoundException("track", trackId));
        PLAYLIST_TRACKS.list(playlist).add(track);
        return PlaylistView.of(playlist);
    }

    /** Removes a track through the association proxy: its entry is an orphan, and relkit deletes it. */
    @Transactional
    public PlaylistView removeTrack(int playlistId, int trackId) {
        RelkitSession unit = relkit.session();
        Playlist playlist = playlistWithTracks(unit, playlistId);
        PLAYLIST_TRACKS.list(playlist).removeIf(track -> track.getId() == trackId);
        return PlaylistView.of(playlist);
    }

    private static Playlist playlistWithTracks(RelkitSession unit, int playlistId) {
        Playlist playlist = Optional.ofNullable(unit.get(PLAYLIST, playlistId))
                .orElseThrow(() -> new NotFoundException("playlist", playlistId));
        unit.load(PLAYLIST, List.of(playlist), ENTRIES_WITH_TRACKS);
        return playlist;
    }
}
