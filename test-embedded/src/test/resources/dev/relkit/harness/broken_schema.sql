-- Deliberately broken, for SqlScriptsIT: the second statement misspells CREATE.
CREATE TABLE harness_fine (id INT NOT NULL PRIMARY KEY);
CRATE TABLE harness_broken (id INT NOT NULL PRIMARY KEY);
