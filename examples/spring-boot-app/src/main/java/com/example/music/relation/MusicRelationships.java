package com.example.music.relation;

import com.example.music.mapper.ArtistMapper;
import com.example.music.mapper.PlaylistMapper;
import com.example.music.model.Artist;
import com.example.music.model.Playlist;
import com.example.music.model.PlaylistEntry;
import com.example.music.model.Track;

import dev.relkit.proxy.AssociationProxy;
import dev.relkit.relation.Cascade;
import dev.relkit.relation.EntityType;
import dev.relkit.relation.Relationship;

import static com.example.music.relation.MusicTables.artist;
import static com.example.music.relation.MusicTables.playlist;
import static com.example.music.relation.MusicTables.playlistEntry;
import static com.example.music.relation.MusicTables.track;

/**
 * The catalogue's entities and relationships, declared once; relkit's starter reads them from this
 * package ({@code relkit.metamodel-packages}).
 *
 * <pre>
 * track.artist_id          ──► artist.id     Track.artist        ◄──► Artist.tracks
 * playlist_entry.playlist_id ──► playlist.id  PlaylistEntry       ◄──  Playlist.entries (delete-orphan)
 * playlist_entry.track_id  ──► track.id      PlaylistEntry.track
 * Playlist.tracks: an association proxy over entries → track
 * </pre>
 */
public final class MusicRelationships {

    public static final EntityType<Artist> ARTIST = EntityType.builder(Artist.class, artist)
            .generatedId("id", artist.id, Artist::getId, Artist::setId)
            .column("name", artist.name, Artist::getName, Artist::setName)
            .resultMap(ArtistMapper.NAMESPACE + ".artistResult")
            .build();

    public static final EntityType<Track> TRACK = EntityType.builder(Track.class, track)
            .generatedId("id", track.id, Track::getId, Track::setId)
            .column("title", track.title, Track::getTitle, Track::setTitle)
            .column("artistId", track.artistId, Track::getArtistId, Track::setArtistId)
            .resultMap(ArtistMapper.NAMESPACE + ".trackResult")
            .build();

    public static final EntityType<Playlist> PLAYLIST = EntityType.builder(Playlist.class, playlist)
            .generatedId("id", playlist.id, Playlist::getId, Playlist::setId)
            .column("name", playlist.name, Playlist::getName, Playlist::setName)
            .resultMap(PlaylistMapper.NAMESPACE + ".playlistResult")
            .build();

    public static final EntityType<PlaylistEntry> PLAYLIST_ENTRY = EntityType.builder(PlaylistEntry.class, playlistEntry)
            .generatedId("id", playlistEntry.id, PlaylistEntry::getId, PlaylistEntry::setId)
            .column("playlistId", playlistEntry.playlistId, PlaylistEntry::getPlaylistId, PlaylistEntry::setPlaylistId)
            .column("trackId", playlistEntry.trackId, PlaylistEntry::getTrackId, PlaylistEntry::setTrackId)
            .resultMap(PlaylistMapper.NAMESPACE + ".entryResult")
            .build();

    /** {@code Track.artist}: many-to-one through {@code track.artist_id}. */
    public static final Relationship<Track, Artist> TRACK_ARTIST = Relationship.manyToOne("artist", TRACK, ARTIST)
            .on(track.artistId, artist.id)
            .reference(Track::getArtist, Track::setArtist)
            .backPopulates("tracks")
            .build();

    /** {@code Artist.tracks}: the inverse of {@link #TRACK_ARTIST}, by track id. */
    public static final Relationship<Artist, Track> ARTIST_TRACKS = Relationship.oneToMany("tracks", ARTIST, TRACK)
            .on(artist.id, track.artistId)
            .list(Artist::getTracks, Artist::setTracks)
            .orderBy(track.id)
            .backPopulates("artist")
            .build();

    /** {@code Playlist.entries}: a playlist's entries in the order they were added; removing one deletes it. */
    public static final Relationship<Playlist, PlaylistEntry> PLAYLIST_ENTRIES =
            Relationship.oneToMany("entries", PLAYLIST, PLAYLIST_ENTRY)
                    .on(playlist.id, playlistEntry.playlistId)
                    .list(Playlist::getEntries, Playlist::setEntries)
                    .orderBy(playlistEntry.id)
                    .cascade(Cascade.SAVE_UPDATE, Cascade.DELETE, Cascade.DELETE_ORPHAN)
                    .build();

    /** {@code PlaylistEntry.track}: many-to-one through {@code playlist_entry.track_id}. */
    public static final Relationship<PlaylistEntry, Track> ENTRY_TRACK = Relationship.manyToOne("track", PLAYLIST_ENTRY, TRACK)
            .on(playlistEntry.trackId, track.id)
            .reference(PlaylistEntry::getTrack, PlaylistEntry::setTrack)
            .build();

    /** {@code playlist.tracks}: the tracks behind a playlist's entries; adding a track adds an entry. */
    public static final AssociationProxy<Playlist, PlaylistEntry, Track> PLAYLIST_TRACKS =
            AssociationProxy.of(PLAYLIST_ENTRIES, ENTRY_TRACK, addedTrack -> new PlaylistEntry());

    private MusicRelationships() {
    }
}
