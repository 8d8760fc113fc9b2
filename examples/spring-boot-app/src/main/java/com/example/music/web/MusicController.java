package com.example.music.web;

import com.example.music.service.ArtistView;
import com.example.music.service.MusicService;
import com.example.music.service.NotFoundException;
import com.example.music.service.PlaylistView;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue's REST API. */
@RestController
public class MusicController {

    public record NewPlaylist(String name) {
    }

    public record TrackRef(int trackId) {
    }

    private final MusicService music;

    public MusicController(MusicService music) {
        this.music = music;
    }

    @GetMapping("/artists")
    public List<ArtistView> artists() {
        return music.artists();
    }

    @GetMapping("/playlists/{id}")
    public PlaylistView playlist(@PathVariable int id) {
        return music.playlist(id).orElseThrow(() -> new NotFoundException("playlist", id));
    }

    @PostMapping("/playlists")
    @ResponseStatus(HttpStatus.CREATED)
    public PlaylistView createPlaylist(@RequestBody NewPlaylist request) {
        return music.createPlaylist(request.name());
    }

    @PostMapping("/playlists/{id}/tracks")
    public PlaylistView addTrack(@PathVariable int id, @RequestBody TrackRef request) {
        return music.addTrack(id, request.trackId());
    }

    @DeleteMapping("/playlists/{id}/tracks/{trackId}")
    public PlaylistView removeTrack(@PathVariable int id, @PathVariable int trackId) {
        return music.removeTrack(id, trackId);
    }
}
