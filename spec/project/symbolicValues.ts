// The symbolic values that data/ files and vectors write instead of Ids and instants:
//   '@ref'                        the Id of the record (or vector user) with that referenceId
//   '$recordType:<DeveloperName>' the record type of the record's own object ('Master': none)
//   '$queue:<DeveloperName>'      a queue
//   '$anyActive:<Object>.<Field>' any valid value of a picklist: the first active value of the org's list
//                                 (the Apex replay takes it from describe, since an org's values are its own)
//   '$username:@ref'              the Username of a vector user (Apex generates usernames, so a setting that
//                                 names a user, such as Manager_Username__c, names it this way)
//   'text {@ref.Field} text'      a field of an earlier record inside text, as the org holds it now (a value the
//                                 platform assigns, such as CaseNumber: 'Callback: {@support.CaseNumber} closed')
//   '$today', '$today+3d'         a date in the reference time zone
//   '$now', '$now-2h', '$now+1d'  an instant ('m' for minutes)
import type { InMemoryOrg } from '../org/InMemoryOrg';
import { addDays, type FieldValue } from '../org/values';

export interface SymbolContext {
    org: InMemoryOrg;
    /** referenceId (without '@') -> Id. */
    refs: ReadonlyMap<string, string>;
    /** The object whose record holds the value, for '$recordType:'. */
    objectName?: string;
    /** The zone in which '$today' is a date. */
    timeZone: string;
}

const MASTER_RECORD_TYPE = 'Master';
const REF = /^@([A-Za-z_][A-Za-z0-9_]*)$/;
const TOKEN = /^\$([A-Za-z]+):(.+)$/;
const TIME = /^\$(today|now)(?:([+-])(\d+)([dhm]))?$/;
const FIELD_OF = /\{@([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)\}/g;

export function isReference(value: unknown): value is string {
    return typeof value === 'string' && REF.test(value);
}

export function isSymbolic(value: unknown): value is string {
    return typeof value === 'string' && (REF.test(value) || TOKEN.test(value) || TIME.test(value) || new RegExp(FIELD_OF.source).test(value));
}

/** 'Callback: {@support.CaseNumber} closed': each {@ref.Field} replaced by that record's field value. */
function fillFields(value: string, context: SymbolContext): string {
    return value.replace(FIELD_OF, (_token, ref: string, fieldName: string) => {
        const id = context.refs.get(ref);
        const record = id ? context.org.db.get(id) : undefined;
        if (!record) throw new Error(`Unknown reference @${ref} in ${value}`);
        const field = context.org.schema.field(record.attributes.type, fieldName).name;
        return String(record[field] ?? '');
    });
}

export function resolveTime(value: string, org: InMemoryOrg, timeZone: string): string {
    const match = TIME.exec(value);
    if (!match) throw new Error(`Not a time token: ${value}`);
    const [, base, sign, amountText, unit] = match;
    const amount = amountText ? Number(amountText) * (sign === '-' ? -1 : 1) : 0;
    if (base === 'today') {
        if (amount && unit !== 'd') throw new Error(`$today moves in days only: ${value}`);
        return addDays(org.clock.today(timeZone), amount);
    }
    const minutes = unit === 'd' ? amount * 24 * 60 : unit === 'h' ? amount * 60 : amount;
    return new Date(org.clock.now().getTime() + minutes * 60_000).toISOString();
}

/** '$anyActive:Case.Reason': the first active value of the picklist in the org; an org without a list fails loudly. */
function anyActivePicklistValue(org: InMemoryOrg, path: string, token: string): string {
    const [objectName, fieldName, ...rest] = path.split('.');
    if (!objectName || !fieldName || rest.length) throw new Error(`${token}: write $anyActive:<Object>.<Field>, e.g. $anyActive:Case.Reason`);
    const field = org.schema.field(objectName, fieldName);
    if (field.type !== 'picklist' && field.type !== 'multipicklist') throw new Error(`${token}: ${objectName}.${fieldName} is not a picklist`);
    const first = field.picklistValues?.[0];
    if (first === undefined) {
        throw new Error(`unsupported: ${token}: the in-memory org has no value list for ${objectName}.${fieldName}; give it one (spec/org/standardObjects.ts or a standard value set in force-app/scratch)`);
    }
    return first;
}

/** '$username:@manager': the Username of the user the reference names. */
function usernameOf(context: SymbolContext, reference: string, token: string): string {
    const ref = REF.exec(reference);
    const id = ref ? context.refs.get(ref[1] as string) : undefined;
    const user = id ? context.org.db.get(id) : undefined;
    if (!user || user.attributes.type !== 'User') throw new Error(`${token}: write $username:@<a vector user>, e.g. $username:@manager`);
    return String(user.Username);
}

/** The concrete value of one field value; non-symbolic values come back unchanged. */
export function resolveSymbol(value: FieldValue, context: SymbolContext): FieldValue {
    if (typeof value !== 'string') return value;
    const ref = REF.exec(value);
    if (ref) {
        const id = context.refs.get(ref[1] as string);
        if (!id) throw new Error(`Unknown reference ${value}`);
        return id;
    }
    if (TIME.test(value)) return resolveTime(value, context.org, context.timeZone);
    const token = TOKEN.exec(value);
    if (!token) return fillFields(value, context);
    const [, kind, name] = token as unknown as [string, string, string];
    switch (kind) {
        case 'recordType':
            if (!context.objectName) throw new Error(`${value} needs the record's object`);
            // The master record type has no RecordType row: a record on it has no RecordTypeId here.
            return name === MASTER_RECORD_TYPE ? null : context.org.recordTypeId(context.objectName, name);
        case 'queue':
            return context.org.queueId(name);
        case 'anyActive':
            return anyActivePicklistValue(context.org, name, value);
        case 'username':
            return usernameOf(context, name, value);
        default:
            throw new Error(`Unknown symbolic value ${value}`);
    }
}
