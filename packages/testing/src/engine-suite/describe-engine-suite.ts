// The engine suite: Engine, Connection, transactions, Result, echo, cache, executemany, events,
// streaming and errors against a real database. Each dialect package runs it inside
// describeDialects for its own dialect (`[sqlite] engine suite > …`).
import { describe } from 'vitest';
import { cacheCases } from './cache-cases';
import { connectionCases } from './connection-cases';
import { ddlCases } from './ddl-cases';
import { echoCases } from './echo-cases';
import type { SuiteDatabase } from './engine-fixture';
import { errorsCases } from './errors-cases';
import { eventsCases } from './events-cases';
import { executemanyCases } from './executemany-cases';
import { resultCases } from './result-cases';
import { type SuitePools, seedsCases } from './seeds-cases';
import { streamingCases } from './streaming-cases';

export function describeEngineSuite(db: SuiteDatabase, options: { readonly pools: SuitePools }): void {
  describe('connections and transactions', () => connectionCases(db));
  describe('echo', () => echoCases(db));
  describe('results', () => resultCases(db));
  describe('executemany and insertmanyvalues', () => executemanyCases(db));
  describe('compiled cache', () => cacheCases(db));
  describe('events', () => eventsCases(db));
  describe('errors', () => errorsCases(db));
  describe('streaming', () => streamingCases(db));
  describe('createAll, dropAll, inspect and reflect', () => ddlCases(db));
  describe('seed examples', () => seedsCases(db, options.pools));
}
