-- Seed: a small blog with the users of the SQLAlchemy 1.x ORM tutorial.
-- Edge cases:
--   fred (4) has no posts and no comments. Databases (5) is a tag without posts.
--   Post 4 (mary's draft) has no comments and no tags, post 2 has a tag but no comments.
--   Post 1 has updated_at NULL, post 2 has been edited.
--   Comment 3 is anonymous (author_id NULL).
--   Comment ids do not follow created_at: post 1's comments in created_at order are 3, 1, 2,
--   post 3's are 5, 4.
-- Generic foreign key (remark.commentable_type / commentable_id):
--   remarks 1, 2 are on post 1, remark 3 on photo 1, remarks 4, 5 on photo 2; post 1 and photo 1
--   share the id 1, so a remark must be told apart by its type. Photo 3 and posts 2-4 have no remarks.
INSERT INTO blog_user (id, username, email) VALUES
    (1, 'wendy', 'wendy@example.com'),
    (2, 'ed', 'ed@example.com'),
    (3, 'mary', 'mary@example.com'),
    (4, 'fred', 'fred@example.com');

INSERT INTO post (id, author_id, title, body, created_at, updated_at) VALUES
    (1, 1, 'Wendy''s Blog Post', 'This is a test', '2024-01-10 09:00:00', NULL),
    (2, 1, 'Wendy''s Second Post', 'Still testing, now with an edit.', '2024-02-01 12:00:00', '2024-02-03 08:30:00'),
    (3, 2, 'Ed on Object-Relational Mapping', 'Relationships are the hard part.', '2024-03-05 13:00:00', NULL),
    (4, 3, 'Mary''s Draft', 'Nothing to see yet.', '2024-04-01 18:20:00', NULL);

INSERT INTO comment (id, post_id, author_id, body, created_at) VALUES
    (1, 1, 2, 'Nice first post!', '2024-01-10 11:00:00'),
    (2, 1, 1, 'Thanks, Ed.', '2024-01-10 12:30:00'),
    (3, 1, NULL, 'First!', '2024-01-10 09:05:00'),
    (4, 3, 1, 'Great points.', '2024-03-05 15:00:00'),
    (5, 3, 3, 'I disagree about lazy loading.', '2024-03-05 14:00:00');

INSERT INTO tag (id, name, slug) VALUES
    (1, 'firstpost', 'firstpost'),
    (2, 'wendy', 'wendy'),
    (3, 'ORM', 'orm'),
    (4, 'Python', 'python'),
    (5, 'Databases', 'databases');

INSERT INTO post_tag (post_id, tag_id) VALUES
    (1, 1),
    (1, 2),
    (2, 2),
    (3, 3),
    (3, 4);

INSERT INTO photo (id, author_id, title, url) VALUES
    (1, 1, 'Sunrise', 'https://example.com/photos/sunrise.jpg'),
    (2, 2, 'Harbour', 'https://example.com/photos/harbour.jpg'),
    (3, 3, 'Empty room', 'https://example.com/photos/empty-room.jpg');

INSERT INTO remark (id, commentable_type, commentable_id, body) VALUES
    (1, 'post', 1, 'Remark on the first post'),
    (2, 'post', 1, 'Another remark on the first post'),
    (3, 'photo', 1, 'Lovely light'),
    (4, 'photo', 2, 'Which harbour?'),
    (5, 'photo', 2, 'Great colours');
