import '@retort/mysql';
import '@retort/pg';
import '@retort/sqlite';
import { createEngine, type Engine, ForeignKey, Integer, String } from '@retort/core';
import { DeclarativeBase, mappedColumn, Session } from '@retort/orm';
import { describeDialects } from '@retort/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { recordStatements, type StatementRecorder } from './fixtures/statements.fixture';
import { relationship, WriteOnlyCollection } from './index';

// lazy='write_only' (SQLAlchemy 2.0's WriteOnlyCollection): never loaded; changes are written at
// flush, and the members are reached through statements. SQL recorded from SQLAlchemy 2.0.52.
class Base extends DeclarativeBase {}

class Account extends Base.table('accounts', {
  id: mappedColumn(Integer, { primaryKey: true }),
  identifier: mappedColumn(String(50)),
  transactions: relationship.many(() => AccountTransaction, { lazy: 'write_only', passiveDeletes: true }),
}) {}

class AccountTransaction extends Base.table('account_transaction', {
  id: mappedColumn(Integer, { primaryKey: true }),
  account_id: mappedColumn(Integer, ForeignKey('accounts.id', { ondelete: 'cascade' })),
  description: mappedColumn(String(50)),
  amount: mappedColumn(Integer),
}) {}

describeDialects('write-only collections', (db) => {
  let engine: Engine;
  let sent: StatementRecorder;

  beforeAll(async () => {
    engine = createEngine(db.url);
    await Base.metadata.dropAll(engine);
    await Base.metadata.createAll(engine);
    sent = recordStatements(engine);
  });
  afterAll(async () => {
    await engine.dispose();
  });

  test('add() before and after the first flush; select(), update() and delete() statements', async () => {
    const session = new Session(engine);
    const account = new Account({ identifier: 'account_01' });
    expect(account.transactions).toBeInstanceOf(WriteOnlyCollection);
    account.transactions.addAll([
      new AccountTransaction({ description: 'initial deposit', amount: 500 }),
      new AccountTransaction({ description: 'transfer', amount: 1000 }),
    ]);
    session.add(account);
    await session.commit();
    account.transactions.add(new AccountTransaction({ description: 'withdrawal', amount: -29 }));
    await session.commit();
    sent.clear();
    const rows = await session.scalars(account.transactions.select().orderBy(AccountTransaction.id));
    expect((rows.all() as AccountTransaction[]).map((t) => t.amount)).toEqual([500, 1000, -29]);
    expect(sent.take()).toEqual([
      {
        sql: 'SELECT account_transaction.id, account_transaction.account_id, account_transaction.description, account_transaction.amount \nFROM account_transaction \nWHERE ? = account_transaction.account_id ORDER BY account_transaction.id',
        params: [account.id],
      },
    ]);
    await session.execute(account.transactions.update().values({ amount: 0 }));
    await session.execute(account.transactions.delete().where(AccountTransaction.amount.eq(0)));
    expect(sent.takeSql()).toEqual([
      'UPDATE account_transaction SET amount=? WHERE ? = account_transaction.account_id',
      'DELETE FROM account_transaction WHERE ? = account_transaction.account_id AND account_transaction.amount = ?',
    ]);
    await session.close();
  });

  test('a persistent write-only collection cannot be assigned, and never loads', async () => {
    const session = new Session(engine);
    const account = (await session.get(Account, 1)) as Account;
    expect(() => {
      (account as unknown as { transactions: unknown[] }).transactions = [];
    }).toThrow(
      'Collection "Account.transactions" does not support implicit iteration; collection replacement operations can\'t be used',
    );
    await session.close();
  });
});
