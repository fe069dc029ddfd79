// The compliance suite (in the spirit of sqlalchemy.testing.suite): what a dialect must do against
// its real database, section by section, with tests a dialect cannot support skipped by its
// capability flags. Each dialect package runs it inside describeDialects for its own dialect.
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import { ComplianceContext, type ComplianceDatabase } from './compliance-context';
import { cteCases } from './cte-cases';
import { ddlCases } from './ddl-cases';
import { dialectCases } from './dialect-cases';
import { insertCases } from './insert-cases';
import { reflectionCases } from './reflection-cases';
import { resultsCases } from './results-cases';
import { rowcountCases } from './rowcount-cases';
import { selectCases } from './select-cases';
import { type TypeRoundTrip, typesCases } from './types-cases';
import { updateDeleteCases } from './update-delete-cases';

export interface ComplianceOptions {
  /** The dialect's own types (PostgreSQL ARRAY, JSONB, INTERVAL; MySQL SET …) with the values they must round-trip. */
  readonly typeCases?: readonly TypeRoundTrip[];
}

export function describeComplianceSuite(db: ComplianceDatabase, options: ComplianceOptions = {}): void {
  const ctx = new ComplianceContext(db);
  beforeAll(() => ctx.open());
  afterAll(() => ctx.close());
  afterEach(() => ctx.expectNothingCheckedOut());
  describe('select', () => selectCases(ctx));
  describe('insert', () => insertCases(ctx));
  describe('results', () => resultsCases(ctx));
  describe('rowcount', () => rowcountCases(ctx));
  describe('cte', () => cteCases(ctx));
  describe('update and delete', () => updateDeleteCases(ctx));
  describe('types', () => typesCases(ctx, options.typeCases));
  describe('reflection', () => reflectionCases(ctx));
  describe('ddl', () => ddlCases(ctx));
  describe('dialect', () => dialectCases(ctx));
}
