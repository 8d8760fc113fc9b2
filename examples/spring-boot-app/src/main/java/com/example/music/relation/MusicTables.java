package com.example.music.relation;

import java.sql.JDBCType;

import org.mybatis.dynamic.sql.SqlColumn;
import org.mybatis.dynamic.sql.AliasableSqlTable;

/** The catalogue's tables and columns, for relkit's declarations. */
public final class MusicTables {

    public static final ArtistTable artist = new ArtistTable();
    public static final TrackTable track = new TrackTable();
    public static final PlaylistTable playlist = new PlaylistTable();
    public static final PlaylistEntryTable playlistEntry = new PlaylistEntryTable();

    private MusicTables() {
    }

    public static final class ArtistTable extends AliasableSqlTable<ArtistTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public ArtistTable() {
            super("artist", ArtistTable::new);
        }
    }

    public static final class TrackTable extends AliasableSqlTable<TrackTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> title = column("title", JDBCType.VARCHAR);
        public final SqlColumn<Integer> artistId = column("artist_id", JDBCType.INTEGER);

        public TrackTable() {
            super("track", TrackTable::new);
        }
    }

    public static final class PlaylistTable extends AliasableSqlTable<PlaylistTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<String> name = column("name", JDBCType.VARCHAR);

        public PlaylistTable() {
            super("playlist", PlaylistTable::new);
        }
    }

    public static final class PlaylistEntryTable extends AliasableSqlTable<PlaylistEntryTable> {
        public final SqlColumn<Integer> id = column("id", JDBCType.INTEGER);
        public final SqlColumn<Integer> playlistId = column("playlist_id", JDBCType.INTEGER);
        public final SqlColumn<Integer> trackId = column("track_id", JDBCType.INTEGER);

        public PlaylistEntryTable() {
            super("playlist_entry", PlaylistEntryTable::new);
        }
    }
}
