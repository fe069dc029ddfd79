// Inspector (SQLAlchemy's reflection Inspector): database schema information through the
// dialect's Introspector, with SQLAlchemy's method names in camelCase. `inspect(engine)` makes one;
// MetaData.reflect() uses it. Bound to an Engine, each call runs on a connection of its own (echo
// shows BEGIN (implicit) … ROLLBACK around it); bound to a Connection, on that connection. Results
// are cached per Inspector, as SQLAlchemy's info_cache does; clearCache() forgets them.
import {
  type Connection,
  Engine,
  type Introspector,
  type ReflectedCheckConstraint,
  type ReflectedColumn,
  type ReflectedForeignKeyConstraint,
  type ReflectedIndex,
  type ReflectedPrimaryKeyConstraint,
  type ReflectedTableComment,
  type ReflectedUniqueConstraint,
} from '../internal';

export class Inspector {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(readonly bind: Engine | Connection) {}

  get dialect(): Engine['dialect'] {
    return this.bind.dialect;
  }

  /** Forgets cached answers (after DDL). */
  clearCache(): void {
    this.cache.clear();
  }

  private async run<T>(fn: (introspector: Introspector) => Promise<T>): Promise<T> {
    if (this.bind instanceof Engine) {
      await using conn = await this.bind.connect();
      return await fn(conn.dialect.introspector(conn));
    }
    return fn(this.bind.dialect.introspector(this.bind));
  }

  private cached<T>(key: string, fn: (introspector: Introspector) => Promise<T>): Promise<T> {
    let found = this.cache.get(key) as Promise<T> | undefined;
    if (!found) {
      found = this.run(fn);
      this.cache.set(key, found);
      found.catch(() => this.cache.delete(key));
    }
    return found;
  }

  /** The schema unqualified names resolve to. */
  getDefaultSchemaName(): Promise<string | undefined> {
    return this.cached('defaultSchema', (i) => i.getDefaultSchemaName());
  }

  getSchemaNames(): Promise<string[]> {
    return this.cached('schemas', (i) => i.getSchemaNames());
  }

  getTableNames(schema?: string): Promise<string[]> {
    return this.cached(`tables\u0000${schema ?? ''}`, (i) => i.getTableNames(schema));
  }

  getViewNames(schema?: string): Promise<string[]> {
    return this.cached(`views\u0000${schema ?? ''}`, (i) => i.getViewNames(schema));
  }

  getViewDefinition(viewName: string, schema?: string): Promise<string> {
    return this.cached(`viewdef\u0000${schema ?? ''}\u0000${viewName}`, (i) =>
      i.getViewDefinition(viewName, schema),
    );
  }

  getColumns(tableName: string, schema?: string): Promise<ReflectedColumn[]> {
    return this.cached(`columns\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getColumns(tableName, schema),
    );
  }

  getPkConstraint(tableName: string, schema?: string): Promise<ReflectedPrimaryKeyConstraint> {
    return this.cached(`pk\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getPkConstraint(tableName, schema),
    );
  }

  getForeignKeys(tableName: string, schema?: string): Promise<ReflectedForeignKeyConstraint[]> {
    return this.cached(`fks\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getForeignKeys(tableName, schema),
    );
  }

  getIndexes(tableName: string, schema?: string): Promise<ReflectedIndex[]> {
    return this.cached(`indexes\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getIndexes(tableName, schema),
    );
  }

  getUniqueConstraints(tableName: string, schema?: string): Promise<ReflectedUniqueConstraint[]> {
    return this.cached(`uniques\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getUniqueConstraints(tableName, schema),
    );
  }

  getCheckConstraints(tableName: string, schema?: string): Promise<ReflectedCheckConstraint[]> {
    return this.cached(`checks\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getCheckConstraints(tableName, schema),
    );
  }

  getTableComment(tableName: string, schema?: string): Promise<ReflectedTableComment> {
    return this.cached(`comment\u0000${schema ?? ''}\u0000${tableName}`, (i) =>
      i.getTableComment(tableName, schema),
    );
  }

  /** Not cached: createAll and tests ask again after DDL. */
  hasTable(tableName: string, schema?: string): Promise<boolean> {
    return this.run((i) => i.hasTable(tableName, schema));
  }

  hasIndex(tableName: string, indexName: string, schema?: string): Promise<boolean> {
    return this.run((i) => i.hasIndex(tableName, indexName, schema));
  }

  hasSequence(sequenceName: string, schema?: string): Promise<boolean> {
    return this.run((i) => i.hasSequence(sequenceName, schema));
  }

  /**
   * Table names in dependency order, each with the foreign keys that point at tables later in the
   * order (cycles) — SQLAlchemy's get_sorted_table_and_fkc_names; the last entry has name undefined
   * and the foreign keys that close cycles.
   */
  async getSortedTableAndFkcNames(
    schema?: string,
  ): Promise<[string | undefined, [string, string | null][]][]> {
    const names = await this.getTableNames(schema);
    const dependsOn = new Map<string, Set<string>>();
    const fkNames = new Map<string, [string, string | null][]>();
    for (const name of names) {
      const fks = await this.getForeignKeys(name, schema);
      dependsOn.set(
        name,
        new Set(fks.map((fk) => fk.referredTable).filter((t) => t !== name && names.includes(t))),
      );
      fkNames.set(
        name,
        fks.map((fk) => [fk.referredTable, fk.name]),
      );
    }
    const out: [string | undefined, [string, string | null][]][] = [];
    const done = new Set<string>();
    const remaining: [string, string | null][] = [];
    let pending = [...names].sort();
    while (pending.length > 0) {
      const ready = pending.filter((n) => [...(dependsOn.get(n) ?? [])].every((d) => done.has(d)));
      if (ready.length === 0) {
        // A cycle: take the first table and set its foreign keys aside.
        const [first, ...rest] = pending as [string, ...string[]];
        for (const [, fkName] of fkNames.get(first) ?? []) remaining.push([first, fkName]);
        out.push([first, []]);
        done.add(first);
        pending = rest;
        continue;
      }
      for (const name of ready) {
        out.push([name, (fkNames.get(name) ?? []).map(([, fkName]) => [name, fkName])]);
        done.add(name);
      }
      pending = pending.filter((n) => !done.has(n));
    }
    out.push([undefined, remaining]);
    return out;
  }
}
