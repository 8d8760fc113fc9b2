package com.example.music;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The API end to end on MariaDB: select-in reads, unit-of-work writes and the playlist's association proxy. */
@SpringBootTest
@Import(HarnessDataSource.class)
class MusicApiIT {

    @Autowired
    WebApplicationContext context;

    MockMvc api;

    @BeforeEach
    void api() {
        api = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @AfterEach
    void noConnectionIsLeftLent() {
        assertThat(HarnessDataSource.activeConnections()).as("connections still lent by the pool").isZero();
        HarnessDataSource.removeRowsAddedByTests();
    }

    @Test
    void listsEveryArtistWithItsTracksInTwoStatements() {
        HarnessDataSource.statements().assertCount(2, () -> expect(get("/artists"),
                status().isOk(),
                body("""
                        [{"id": 2, "name": "Miles Davis", "tracks": ["So What", "Blue in Green"]},
                         {"id": 1, "name": "Nina Simone", "tracks": ["Feeling Good", "Sinnerman"]}]""")));
    }

    @Test
    void showsAPlaylistsTracksInTheOrderTheyWereAddedInTwoStatements() {
        HarnessDataSource.statements().assertCount(2, () -> expect(get("/playlists/1"),
                status().isOk(),
                body("{\"id\": 1, \"name\": \"Late Night\", \"tracks\": [\"So What\", \"Feeling Good\"]}")));
    }

    @Test
    void createsAPlaylistAndAddsAndRemovesTracksThroughTheAssociationProxy() throws Exception {
        MvcResult created = expect(json(post("/playlists"), "{\"name\": \"Morning\"}"), status().isCreated());
        int id = Integer.parseInt(created.getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));
        String morning = "{\"id\": " + id + ", \"name\": \"Morning\", \"tracks\": %s}";

        expect(json(post("/playlists/" + id + "/tracks"), "{\"trackId\": 4}"), status().isOk());
        expect(json(post("/playlists/" + id + "/tracks"), "{\"trackId\": 2}"),
                body(morning.formatted("[\"Blue in Green\", \"Sinnerman\"]")));
        expect(delete("/playlists/" + id + "/tracks/4"), body(morning.formatted("[\"Sinnerman\"]")));

        expect(get("/playlists/" + id), body(morning.formatted("[\"Sinnerman\"]")));
        assertThat(entryCount(id)).as("the removed track's entry row is deleted").isEqualTo(1);
    }

    @Test
    void addingAnUnknownTrackIsNotFoundAndChangesNothing() {
        expect(json(post("/playlists/1/tracks"), "{\"trackId\":99}"), status().isNotFound());
        expect(get("/playlists/2"), status().isNotFound());

        expect(get("/playlists/1"),
                body("{\"id\": 1, \"name\": \"Late Night\", \"tracks\": [\"So What\", \"Feeling Good\"]}"));
    }

    private static ResultMatcher body(String json) {
        return content().json(json, JsonCompareMode.STRICT);
    }

    private static int entryCount(int playlistId) {
        try (var connection = HarnessDataSource.database().dataSource().getConnection();
             var statement = connection.prepareStatement("SELECT count(*) FROM playlist_entry WHERE playlist_id = ?")) {
            statement.setInt(1, playlistId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestBuilder json(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MvcResult expect(RequestBuilder request, ResultMatcher... matchers) {
        try {
            ResultActions result = api.perform(request);
            for (ResultMatcher matcher : matchers) {
                result.andExpect(matcher);
            }
            return result.andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
