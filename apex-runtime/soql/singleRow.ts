// Assigning a query to a single sObject variable (`Case c = [SELECT ...]`): exactly one row, or a QueryException
// with the platform's message (Apex Developer Guide, "SOQL Statements": a query that assigns to a single sObject
// throws when it returns no row or more than one).
import type { SObjectRecord } from '../../spec/org/values';
import { SoqlError } from './errors';

export const NO_ROWS_MESSAGE = 'List has no rows for assignment to SObject';
export const MORE_THAN_ONE_ROW_MESSAGE = 'List has more than 1 row for assignment to SObject';

export function singleRowForAssignment(rows: readonly SObjectRecord[]): SObjectRecord {
    if (!rows.length) throw new SoqlError('QueryException', NO_ROWS_MESSAGE);
    if (rows.length > 1) throw new SoqlError('QueryException', MORE_THAN_ONE_ROW_MESSAGE);
    return rows[0] as SObjectRecord;
}
