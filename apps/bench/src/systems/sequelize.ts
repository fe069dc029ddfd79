// Sequelize 6 (its newest stable major): models from sequelize.define, a one-connection pool.
// W3 is bulkCreate in a transaction, W4 includes posts with `separate: true` (a second query,
// Sequelize's select-in), W5 save()s each changed instance (Sequelize tracks changed attributes,
// one UPDATE each). W6: Sequelize cannot join a derived table, so it includes the author and reads
// the count through a correlated scalar sub-query literal; it has no compiled cache.
// On SQLite Sequelize needs the `sqlite3` package (node-sqlite3), which this bench does not
// install, so Sequelize runs on PostgreSQL and MariaDB only.
import { DataTypes, literal, type Model, type ModelStatic, Op, Sequelize } from 'sequelize';
import type { NewUser } from '../dataset';
import type { BenchTarget, DbKind, JoinWindow, SkippedSystem, System } from '../system';

interface UserAttributes {
  id: number;
  name: string;
  email: string;
  is_active: boolean;
  created_at: Date;
}

type UserModel = Model<UserAttributes, Omit<UserAttributes, 'id'>> & UserAttributes & { posts?: Model[] };

class SequelizeSystem implements System {
  readonly id = 'sequelize';
  readonly description = 'Sequelize 6: findByPk/findAll, bulkCreate, include separate, instance save()';
  readonly unsupported = { streamUsers: 'Sequelize 6 has no streaming API' };
  #sequelize: Sequelize | undefined;
  #users: ModelStatic<UserModel> | undefined;
  #posts: ModelStatic<Model> | undefined;

  constructor(private readonly kind: 'pg' | 'mysql') {}

  get users(): ModelStatic<UserModel> {
    if (!this.#users) throw new Error('sequelize: not open');
    return this.#users;
  }

  get posts(): ModelStatic<Model> {
    if (!this.#posts) throw new Error('sequelize: not open');
    return this.#posts;
  }

  get sequelize(): Sequelize {
    if (!this.#sequelize) throw new Error('sequelize: not open');
    return this.#sequelize;
  }

  async open(target: BenchTarget): Promise<void> {
    const sequelize = new Sequelize(target.database, target.user, target.password, {
      host: target.host,
      port: target.port,
      // The mysql dialect drives MariaDB through mysql2, the same driver as the raw baseline.
      dialect: this.kind === 'pg' ? 'postgres' : 'mysql',
      logging: false,
      pool: { min: 1, max: 1 },
    });
    const users = sequelize.define<UserModel>(
      'User',
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        name: { type: DataTypes.STRING(100), allowNull: false },
        email: { type: DataTypes.STRING(200), allowNull: false, unique: true },
        is_active: { type: DataTypes.BOOLEAN, allowNull: false },
        created_at: { type: DataTypes.DATE, allowNull: false },
      },
      { tableName: 'users', timestamps: false },
    );
    const posts = sequelize.define(
      'Post',
      {
        id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true },
        user_id: { type: DataTypes.INTEGER, allowNull: false },
        title: { type: DataTypes.STRING(200), allowNull: false },
        body: { type: DataTypes.TEXT, allowNull: false },
      },
      { tableName: 'posts', timestamps: false },
    );
    users.hasMany(posts, { as: 'posts', foreignKey: 'user_id' });
    posts.belongsTo(users, { as: 'author', foreignKey: 'user_id' });
    await sequelize.authenticate();
    this.#sequelize = sequelize;
    this.#users = users;
    this.#posts = posts;
  }

  async close(): Promise<void> {
    await this.#sequelize?.close();
    this.#sequelize = undefined;
  }

  async getUsersByPk(ids: readonly number[]): Promise<number> {
    let sum = 0;
    for (const id of ids) sum += (await this.users.findByPk(id))?.id ?? 0;
    return sum;
  }

  async selectUsers(limit: number): Promise<number> {
    return (await this.users.findAll({ order: [['id', 'ASC']], limit })).length;
  }

  async insertUsers(rows: readonly NewUser[]): Promise<number> {
    return this.sequelize.transaction(async (transaction) => {
      const created = await this.users.bulkCreate(
        rows.map((row) => ({ ...row })),
        { transaction },
      );
      return created.length;
    });
  }

  async loadUsersWithPosts(ids: readonly number[]): Promise<number> {
    const found = await this.users.findAll({
      where: { id: [...ids] },
      include: [{ model: this.posts, as: 'posts', separate: true, order: [['id', 'ASC']] }],
      order: [['id', 'ASC']],
    });
    return found.reduce((sum, user) => sum + (user.posts?.length ?? 0), 0);
  }

  async updateLoadedUsers(limit: number, namePrefix: string): Promise<number> {
    return this.sequelize.transaction(async (transaction) => {
      const loaded = await this.users.findAll({ order: [['id', 'ASC']], limit, transaction });
      let changed = 0;
      for (const user of loaded) {
        user.name = `${namePrefix}${user.id}`;
        if (user.changed()) {
          await user.save({ transaction });
          changed++;
        }
      }
      return changed;
    });
  }

  async joinQuery(windows: readonly JoinWindow[], _cached: boolean): Promise<number> {
    const quote = this.kind === 'pg' ? '"' : '`';
    const author = `${quote}author${quote}.${quote}id${quote}`;
    let rows = 0;
    for (const w of windows) {
      const result = await this.posts.findAll({
        attributes: [
          'title',
          [literal(`(SELECT COUNT(*) FROM posts c WHERE c.user_id = ${author})`), 'post_count'],
        ],
        include: [
          {
            model: this.users,
            as: 'author',
            attributes: ['id', 'name'],
            required: true,
            where: { id: { [Op.gt]: w.minId, [Op.lte]: w.maxId } },
          },
        ],
        order: [['id', 'ASC']],
        raw: true,
      });
      rows += result.length;
    }
    return rows;
  }

  async loadManyUsers(limit: number): Promise<readonly unknown[]> {
    return this.users.findAll({ order: [['id', 'ASC']], limit });
  }
}

export function createSequelizeSystem(db: DbKind): System | SkippedSystem {
  if (db === 'sqlite')
    return {
      skip: 'Sequelize 6 drives SQLite only through the sqlite3 (node-sqlite3) package, a second native build this bench does not install',
    };
  return new SequelizeSystem(db);
}
