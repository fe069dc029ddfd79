// Expected DDL for the blog fixture, printed by SQLAlchemy 2.0.52 for the same models
// (`CreateTable` and `CreateIndex` of Base.metadata.sorted_tables, indexes by name).
export const SQLITE_DDL = [
  '\nCREATE TABLE articles (\n\tid INTEGER NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tbody TEXT NOT NULL, \n\tcreated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, \n\tupdated_at DATETIME, \n\tis_deleted BOOLEAN NOT NULL, \n\tdeleted_at DATETIME, \n\tPRIMARY KEY (id)\n)\n\n',
  'CREATE INDEX ix_articles_is_deleted ON articles (is_deleted)',
  '\nCREATE TABLE products (\n\tid CHAR(32) NOT NULL, \n\tname VARCHAR(200) NOT NULL, \n\tdescription TEXT, \n\tprice NUMERIC(10, 2) NOT NULL, \n\tis_available BOOLEAN NOT NULL, \n\tmetadata JSON, \n\tthumbnail BLOB, \n\tcreated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
  '\nCREATE TABLE tags (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id), \n\tUNIQUE (name)\n)\n\n',
  '\nCREATE TABLE users (\n\tid INTEGER NOT NULL, \n\tusername VARCHAR(50) NOT NULL, \n\temail VARCHAR(255) NOT NULL, \n\tdisplay_name VARCHAR(100), \n\tis_active BOOLEAN NOT NULL, \n\tcreated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, \n\tupdated_at DATETIME, \n\tPRIMARY KEY (id), \n\tUNIQUE (email)\n)\n\n',
  'CREATE UNIQUE INDEX ix_users_username ON users (username)',
  '\nCREATE TABLE posts (\n\tid INTEGER NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tslug VARCHAR(200) NOT NULL, \n\tbody TEXT NOT NULL, \n\tstatus VARCHAR(9) NOT NULL, \n\tauthor_id INTEGER NOT NULL, \n\tcreated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, \n\tupdated_at DATETIME, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(author_id) REFERENCES users (id)\n)\n\n',
  'CREATE INDEX ix_posts_author_status ON posts (author_id, status)',
  'CREATE UNIQUE INDEX ix_posts_slug ON posts (slug)',
  '\nCREATE TABLE comments (\n\tid INTEGER NOT NULL, \n\tbody TEXT NOT NULL, \n\tpost_id INTEGER NOT NULL, \n\tauthor_id INTEGER NOT NULL, \n\tparent_id INTEGER, \n\tcreated_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, \n\tupdated_at DATETIME, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(post_id) REFERENCES posts (id), \n\tFOREIGN KEY(author_id) REFERENCES users (id), \n\tFOREIGN KEY(parent_id) REFERENCES comments (id)\n)\n\n',
  '\nCREATE TABLE post_tags (\n\tpost_id INTEGER NOT NULL, \n\ttag_id INTEGER NOT NULL, \n\tPRIMARY KEY (post_id, tag_id), \n\tFOREIGN KEY(post_id) REFERENCES posts (id) ON DELETE CASCADE, \n\tFOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE\n)\n\n',
];

export const POSTGRESQL_DDL = [
  '\nCREATE TABLE articles (\n\tid SERIAL NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tbody TEXT NOT NULL, \n\tcreated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, \n\tupdated_at TIMESTAMP WITHOUT TIME ZONE, \n\tis_deleted BOOLEAN NOT NULL, \n\tdeleted_at TIMESTAMP WITHOUT TIME ZONE, \n\tPRIMARY KEY (id)\n)\n\n',
  'CREATE INDEX ix_articles_is_deleted ON articles (is_deleted)',
  '\nCREATE TABLE products (\n\tid UUID NOT NULL, \n\tname VARCHAR(200) NOT NULL, \n\tdescription TEXT, \n\tprice NUMERIC(10, 2) NOT NULL, \n\tis_available BOOLEAN NOT NULL, \n\tmetadata JSON, \n\tthumbnail BYTEA, \n\tcreated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
  '\nCREATE TABLE tags (\n\tid SERIAL NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n\tPRIMARY KEY (id), \n\tUNIQUE (name)\n)\n\n',
  '\nCREATE TABLE users (\n\tid SERIAL NOT NULL, \n\tusername VARCHAR(50) NOT NULL, \n\temail VARCHAR(255) NOT NULL, \n\tdisplay_name VARCHAR(100), \n\tis_active BOOLEAN NOT NULL, \n\tcreated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, \n\tupdated_at TIMESTAMP WITHOUT TIME ZONE, \n\tPRIMARY KEY (id), \n\tUNIQUE (email)\n)\n\n',
  'CREATE UNIQUE INDEX ix_users_username ON users (username)',
  '\nCREATE TABLE posts (\n\tid SERIAL NOT NULL, \n\ttitle VARCHAR(200) NOT NULL, \n\tslug VARCHAR(200) NOT NULL, \n\tbody TEXT NOT NULL, \n\tstatus poststatus NOT NULL, \n\tauthor_id INTEGER NOT NULL, \n\tcreated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, \n\tupdated_at TIMESTAMP WITHOUT TIME ZONE, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(author_id) REFERENCES users (id)\n)\n\n',
  'CREATE INDEX ix_posts_author_status ON posts (author_id, status)',
  'CREATE UNIQUE INDEX ix_posts_slug ON posts (slug)',
  '\nCREATE TABLE comments (\n\tid SERIAL NOT NULL, \n\tbody TEXT NOT NULL, \n\tpost_id INTEGER NOT NULL, \n\tauthor_id INTEGER NOT NULL, \n\tparent_id INTEGER, \n\tcreated_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, \n\tupdated_at TIMESTAMP WITHOUT TIME ZONE, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(post_id) REFERENCES posts (id), \n\tFOREIGN KEY(author_id) REFERENCES users (id), \n\tFOREIGN KEY(parent_id) REFERENCES comments (id)\n)\n\n',
  '\nCREATE TABLE post_tags (\n\tpost_id INTEGER NOT NULL, \n\ttag_id INTEGER NOT NULL, \n\tPRIMARY KEY (post_id, tag_id), \n\tFOREIGN KEY(post_id) REFERENCES posts (id) ON DELETE CASCADE, \n\tFOREIGN KEY(tag_id) REFERENCES tags (id) ON DELETE CASCADE\n)\n\n',
];
