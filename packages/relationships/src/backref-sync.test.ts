import { inspect } from '@retort/orm';
import { describe, expect, test } from 'vitest';
import { Comment, Post, Tag, User } from './fixtures/blog.fixture';
import { Category, Person, Profile } from './fixtures/shapes.fixture';

const alice = () => new User({ username: 'alice', email: 'alice@example.com' });
const bob = () => new User({ username: 'bob', email: 'bob@example.com' });
const post = (title = 'Hello') => new Post({ title, slug: title.toLowerCase(), body: '…' });

describe('one-to-many / many-to-one stay in sync', () => {
  test('push() sets the many-to-one side; assigning it appends', () => {
    const a = alice();
    const p = post();
    a.posts.push(p);
    expect(p.author).toBe(a);
    expect(a.posts).toEqual([p]);

    const q = post('Other');
    q.author = a;
    expect(a.posts).toEqual([p, q]);
    q.author = a;
    expect(a.posts).toEqual([p, q]);
  });

  test('moving a child to another parent removes it from the first', () => {
    const a = alice();
    const b = bob();
    const p = post();
    a.posts.push(p);
    b.posts.push(p);
    expect(a.posts).toEqual([]);
    expect(b.posts).toEqual([p]);
    expect(p.author).toBe(b);
    p.author = a;
    expect(b.posts).toEqual([]);
    expect(a.posts).toEqual([p]);
  });

  test('removal clears the other side, and null removes from the collection', () => {
    const a = alice();
    const p = post();
    const q = post('Q');
    a.posts.push(p, q);
    a.posts.splice(0, 1);
    expect(p.author).toBeNull();
    expect(a.posts).toEqual([q]);
    q.author = null as never;
    expect(a.posts).toEqual([]);
  });

  test('replacing the collection syncs members in and out', () => {
    const a = alice();
    const p = post();
    const q = post('Q');
    a.posts = [p];
    a.posts = [q];
    expect(p.author).toBeNull();
    expect(q.author).toBe(a);
  });

  test('the constructor takes relationships (seed 003 create_sample_data)', () => {
    const a = alice();
    const python = new Tag({ name_: 'python' });
    const sql = new Tag({ name_: 'sqlalchemy' });
    const p = new Post({ title: 'Getting Started', slug: 'gs', body: '…', author: a, tags: [python, sql] });
    expect(a.posts).toEqual([p]);
    expect(python.posts).toEqual([p]);
    expect(sql.posts).toEqual([p]);
    const comment = new Comment({ body: 'Great article!', post: p, author: bob() });
    const reply = new Comment({ body: 'Thanks Bob!', post: p, author: a, parent: comment });
    expect(p.comments).toEqual([comment, reply]);
    expect(comment.replies).toEqual([reply]);
    expect(a.comments).toEqual([reply]);
  });

  test('history records the change on both sides', () => {
    const a = alice();
    const p = post();
    a.posts.push(p);
    expect(inspect(a).attrs.posts.history.added).toEqual([p]);
    expect(inspect(p).attrs.author.history.added).toEqual([a]);
  });
});

describe('many-to-many stays in sync both ways', () => {
  test('push and remove on either side', () => {
    const p = post();
    const t = new Tag({ name_: 'python' });
    p.tags.push(t);
    expect(t.posts).toEqual([p]);
    t.posts.splice(0, 1);
    expect(p.tags).toEqual([]);
    t.posts.push(p);
    expect(p.tags).toEqual([t]);
    p.tags.pop();
    expect(t.posts).toEqual([]);
  });
});

describe('one-to-one (seed 003 User/Profile)', () => {
  test('assigning either side sets the other; a replacement is released', () => {
    const ann = new Person({ name_: 'ann' });
    const first = new Profile({ bio: 'one' });
    ann.profile = first;
    expect(first.user).toBe(ann);
    const second = new Profile({ bio: 'two' });
    ann.profile = second;
    expect(second.user).toBe(ann);
    expect(first.user).toBeNull();
    const ben = new Person({ name_: 'ben' });
    second.user = ben;
    expect(ben.profile).toBe(second);
    expect(ann.profile).toBeNull();
  });
});

describe('self-referential adjacency list (seed 003 Category)', () => {
  test('navigating the tree', () => {
    const root = new Category({ name_: 'Electronics' });
    const phones = new Category({ name_: 'Phones', parent: root });
    const android = new Category({ name_: 'Android', parent: phones });
    expect(root.children).toEqual([phones]);
    expect(phones.parent?.name_).toBe('Electronics');
    expect(phones.children).toEqual([android]);
  });
});
