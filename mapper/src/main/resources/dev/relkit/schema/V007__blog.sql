-- relkit reference schema: a blog with users, posts, comments and tags.
-- Patterns: many-to-one post -> blog_user (author) with its one-to-many inverse, one-to-many
-- post -> comment ordered by created_at, many-to-one comment -> blog_user (nullable: anonymous
-- comments), and many-to-many post <-> tag through the plain secondary table post_tag.
-- Generic foreign key: remark.commentable_type ('post' or 'photo') + remark.commentable_id attach a
-- remark to a post or to a photo through one pair of columns; the database cannot enforce such a key
-- (no FOREIGN KEY constraint), relkit's GenericReference declaration does.
-- Idempotent: drops what it creates, children first.
DROP TABLE IF EXISTS remark;
DROP TABLE IF EXISTS photo;
DROP TABLE IF EXISTS post_tag;
DROP TABLE IF EXISTS tag;
DROP TABLE IF EXISTS comment;
DROP TABLE IF EXISTS post;
DROP TABLE IF EXISTS blog_user;

CREATE TABLE blog_user (
    id       INT          NOT NULL AUTO_INCREMENT,
    username VARCHAR(50)  NOT NULL,
    email    VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_blog_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE post (
    id         INT          NOT NULL AUTO_INCREMENT,
    author_id  INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    created_at DATETIME     NOT NULL,
    updated_at DATETIME     NULL,
    PRIMARY KEY (id),
    KEY ix_post_author (author_id),
    CONSTRAINT fk_post_author FOREIGN KEY (author_id) REFERENCES blog_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE comment (
    id         INT      NOT NULL AUTO_INCREMENT,
    post_id    INT      NOT NULL,
    author_id  INT      NULL,
    body       TEXT     NOT NULL,
    created_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    KEY ix_comment_post_created_at (post_id, created_at),
    KEY ix_comment_author (author_id),
    CONSTRAINT fk_comment_post FOREIGN KEY (post_id) REFERENCES post (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES blog_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE tag (
    id   INT         NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL,
    slug VARCHAR(50) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_tag_slug (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE post_tag (
    post_id INT NOT NULL,
    tag_id  INT NOT NULL,
    PRIMARY KEY (post_id, tag_id),
    KEY ix_post_tag_tag (tag_id),
    -- a link row goes with either end: Post.tags and Tag.posts declare passiveDeletes()
    CONSTRAINT fk_post_tag_post FOREIGN KEY (post_id) REFERENCES post (id) ON DELETE CASCADE,
    CONSTRAINT fk_post_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE photo (
    id        INT          NOT NULL AUTO_INCREMENT,
    author_id INT          NOT NULL,
    title     VARCHAR(200) NOT NULL,
    url       VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_photo_author (author_id),
    CONSTRAINT fk_photo_author FOREIGN KEY (author_id) REFERENCES blog_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE remark (
    id               INT         NOT NULL AUTO_INCREMENT,
    commentable_type VARCHAR(20) NOT NULL,
    commentable_id   INT         NOT NULL,
    body             TEXT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_remark_commentable (commentable_type, commentable_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
