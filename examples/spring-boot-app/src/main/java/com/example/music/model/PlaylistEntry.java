package com.example.music.model;

/** One track on one playlist: the association object behind {@code MusicProxies.PLAYLIST_TRACKS}. */
public class PlaylistEntry {

    private Integer id;
    private Integer playlistId;
    private Integer trackId;
    private Track track;

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
    }

    public Integer getPlaylistId() {
        return playlistId;
    }

    public void setPlaylistId(Integer playlistId) {
        this.playlistId = playlistId;
    }

    public Integer getTrackId() {
        return trackId;
    }

    public void setTrackId(Integer trackId) {
        this.trackId = trackId;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }
}
