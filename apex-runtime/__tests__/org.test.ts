/** @jest-environment-options {"customExportConditions": ["node", "require"]} */
// Apex over the in-memory org: Apex Developer Guide "Working with sObjects" (field names ignore
// case, get/put), "DML Statements vs. Database Class Methods", "Bulk DML Exception Handling",
// "Transaction Control" (savepoints), "Triggers" and "Trigger Context Variables", "Using Limits,
// startTest, and stopTest", "Using the runAs Method"; Apex Reference "DmlException Class",
// "Database.SaveResult", "Schema Class", "Custom Metadata Type Methods".
import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { IdValue } from '../evaluator/values';
import { scratchOrgHasEntitlements } from '../org/apexOrg';
import type { SObjectValue } from '../org/sobject';
import { sourceRuntime } from '../runner/runtime';
import { call, run, runtimeWith } from './helpers';

describe('SObjects', () => {
    it('read and write fields ignoring case, by name or token', () => {
        expect(run("Account a = new Account(name = 'Acme'); return a.NAME + a.get('nAmE') + a.get(Account.Name);").value).toBe('AcmeAcmeAcme');
        expect(run("Account a = new Account(); a.put('Nope__c', 1); return a;").error).toBe('System.SObjectException: Invalid field Nope__c for Account');
        expect(run("Account a = new Account(); a.put('CreatedDate', Datetime.now()); return a;").error).toBe('System.SObjectException: Field is not writeable: Account.CreatedDate');
    });

    it('convert a String to an Id on an Id field and refuse an invalid one', () => {
        expect(run("Contact c = new Contact(AccountId = '001Hs0000000001'); return c.AccountId;").text).toBe('001Hs0000000001IAA');
        expect(run("Contact c = new Contact(); c.put('AccountId', 'nope'); return c;").error).toBe('System.StringException: Invalid id: nope');
    });
});

describe('DML', () => {
    it('sets the Id after insert, and nothing else; the org applies defaults', () => {
        const runtime = runtimeWith({ 'T.cls': "public class T { public static Object run() { Case c = new Case(Subject = 'x'); insert c; return c; } }" });
        const outcome = call(runtime, 'T');
        expect(outcome.text).toMatch(/^Case:\{Subject=x, Id=500\w{15}\}$/);
        const stored = runtime.bridge.org.db.get(((outcome.value as SObjectValue).raw('Id') as IdValue).id18);
        expect(stored?.Status).toBe('New');
    });

    it('fails a statement with a DmlException describing each failed row', () => {
        const outcome = run(
            "try { insert new List<Contact>{ new Contact(LastName = 'ok'), new Contact() }; return 'saved'; } catch (DmlException e) { return e.getNumDml() + '|' + e.getDmlType(0) + '|' + e.getDmlIndex(0) + '|' + e.getDmlFieldNames(0) + '|' + e.getMessage(); }"
        );
        expect(outcome.value).toBe(
            '1|REQUIRED_FIELD_MISSING|1|(LastName)|Insert failed. First exception on row 1; first error: REQUIRED_FIELD_MISSING, Required fields are missing: [LastName]: [LastName]'
        );
    });

    it('saves what it can with allOrNone false and reports each row in its SaveResult', () => {
        const outcome = run(
            "List<Database.SaveResult> results = Database.insert(new List<Contact>{ new Contact(LastName = 'a'), new Contact(), new Contact(LastName = 'c') }, false); String s = ''; for (Database.SaveResult r : results) { s += r.isSuccess() ? 'ok ' : r.getErrors()[0].getStatusCode() + ' '; } return s + Limits.getDmlStatements();"
        );
        expect(outcome.value).toBe('ok REQUIRED_FIELD_MISSING ok 1');
    });

    it('rolls back to a savepoint; savepoint and rollback count as DML statements', () => {
        const runtime = runtimeWith({
            'T.cls': "public class T { public static Object run() { Savepoint sp = Database.setSavepoint(); insert new Account(Name = 'gone'); Database.rollback(sp); return Limits.getDmlStatements(); } }"
        });
        expect(call(runtime, 'T').value).toBe(3);
        expect(runtime.bridge.org.db.all('Account').filter((account) => account.Name === 'gone')).toHaveLength(0);
    });

    it('gives Test.startTest fresh limits and restores them at stopTest', () => {
        expect(run("insert new Account(Name = 'a'); Test.startTest(); Integer inside = Limits.getDmlStatements(); insert new Account(Name = 'b'); Test.stopTest(); return inside + '|' + Limits.getDmlStatements();").value).toBe('0|1');
    });
});

describe('triggers', () => {
    const trigger = `trigger AccountTrigger on Account (before insert, after insert, before update) {
        if (Trigger.isBefore && Trigger.isInsert) { for (Account a : Trigger.new) { a.Description = 'set by trigger'; } }
        if (Trigger.operationType == System.TriggerOperation.AFTER_INSERT) {
            for (Account a : Trigger.new) { if (a.Name == 'readonly') { a.Description = 'late'; } if (a.Name == 'invalid') { a.addError('not allowed'); } }
        }
        if (Trigger.isUpdate) { for (Account a : Trigger.new) { if (a.Name != Trigger.oldMap.get(a.Id).Name) { a.Description = 'renamed'; } } }
    }`;

    it('keeps changes made to Trigger.new in a before trigger', () => {
        const runtime = runtimeWith({ 'AccountTrigger.trigger': trigger, 'T.cls': "public class T { public static Object run() { Account a = new Account(Name = 'x'); insert a; a.Name = 'y'; update a; return a.Id; } }" });
        const id = call(runtime, 'T').value as IdValue;
        expect(runtime.bridge.org.db.get(id.id18)?.Description).toBe('renamed');
    });

    it('makes after-trigger records read-only, failing the DML with the trigger\'s exception', () => {
        const runtime = runtimeWith({ 'AccountTrigger.trigger': trigger, 'T.cls': "public class T { public static Object run() { try { insert new Account(Name = 'readonly'); return 'saved'; } catch (DmlException e) { return e.getDmlType(0) + '|' + e.getDmlMessage(0).substringBefore('\\n'); } } }" });
        expect(call(runtime, 'T').value).toBe('CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY|AccountTrigger: execution of AfterInsert');
    });

    it('fails the row on addError', () => {
        const runtime = runtimeWith({ 'AccountTrigger.trigger': trigger, 'T.cls': "public class T { public static Object run() { Database.SaveResult r = Database.insert(new Account(Name = 'invalid'), false); return r.getErrors()[0].getMessage(); } }" });
        expect(call(runtime, 'T').value).toBe('not allowed');
    });

    it('reports every row rejected with addError in one statement ("Trigger Exceptions": a comprehensive list of errors)', () => {
        const names = "new List<Account>{ new Account(Name = 'invalid'), new Account(Name = 'fine'), new Account(Name = 'invalid') }";
        const runtime = runtimeWith({
            'AccountTrigger.trigger': trigger,
            'T.cls': `public class T { public static Object run() { String s = ''; try { insert ${names}; } catch (DmlException e) { s = e.getNumDml() + ' ' + e.getDmlIndex(1) + ' ' + e.getDmlMessage(1); } for (Database.SaveResult r : Database.insert(${names}, false)) { s += r.isSuccess() ? ' ok' : ' x'; } return s; } }`
        });
        expect(call(runtime, 'T').value).toBe('2 2 not allowed x ok x');
    });

    it('fails every row of a partial-success statement at once when the trigger throws ("Trigger Exceptions")', () => {
        const throwing = `trigger AccountTrigger on Account (after insert) {
            Integer run = ++Runs.count;
            if (Trigger.new[0].Name == 'boom') { Object o = null; o.hashCode(); }
        }`;
        const runtime = runtimeWith({
            'AccountTrigger.trigger': throwing,
            'Runs.cls': 'public class Runs { public static Integer count = 0; }',
            'T.cls': "public class T { public static Object run() { String s = ''; for (Database.SaveResult r : Database.insert(new List<Account>{ new Account(Name = 'boom'), new Account(Name = 'b'), new Account(Name = 'c') }, false)) { s += r.isSuccess() ? 'ok ' : r.getErrors()[0].getStatusCode() + ' '; } return s + Runs.count; } }"
        });
        expect(call(runtime, 'T').value).toBe('CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY 1');
        expect(runtime.bridge.org.db.all('Account').filter((account) => ['boom', 'b', 'c'].includes(account.Name as string))).toHaveLength(0);
    });
});

describe('running user, describe and metadata', () => {
    it('System.runAs changes the running user and its time zone, then restores them', () => {
        const outcome = run(
            "Profile p; User u = new User(LastName = 'Tz', Alias = 'tz', Email = 'tz@example.com', Username = 'tz@example.com.apex', TimeZoneSidKey = 'Asia/Tokyo', LocaleSidKey = 'en_US', LanguageLocaleKey = 'en_US', EmailEncodingKey = 'UTF-8', ProfileId = UserInfo.getProfileId()); String inside; System.runAs(u) { inside = UserInfo.getTimeZone().getID() + ' ' + Date.today(); } return inside + ' | ' + UserInfo.getTimeZone().getID();"
        );
        expect(outcome.value).toBe('Asia/Tokyo 2026-03-05 00:00:00 | America/Los_Angeles');
    });

    it('describes fields for the running user: package fields need a permission set', () => {
        const runtime = runtimeWith({
            'T.cls': "public class T { public static Object run() { return Schema.SObjectType.Case.fields.CL_Call_Attempts__c.isAccessible() + '|' + Schema.SObjectType.Case.fields.Subject.isAccessible(); } }"
        });
        const org = runtime.bridge.org;
        const plain = org.createUser({ LastName: 'Plain' });
        const agent = org.createUser({ LastName: 'Agent', permissionSets: ['Playbooks_Agent'] });
        expect(org.runAs(plain, () => call(runtime, 'T').value)).toBe('false|true');
        expect(org.runAs(agent, () => call(runtime, 'T').value)).toBe('true|true');
        expect(run("return Schema.SObjectType.Case.fields.Subject.isAccessible() && Case.Subject.getDescribe().getLength() == 255;").value).toBe(true);
        expect(run("return Schema.SObjectType.Case.getRecordTypeInfosByDeveloperName().get('Master').isMaster();").value).toBe(true);
        expect(run("return Schema.SObjectType.Case.fields.getMap().containsKey('SUBJECT');").value).toBe(true);
    });

    it('reads custom metadata records and custom labels from the project without a query', () => {
        expect(run("return Playbook_Setting__mdt.getInstance('Default').Max_Call_Attempts__c + '|' + Limits.getQueries();").value).toBe('6|0');
        expect(run('return System.Label.Playbooks_Save;').value).toBe('Save');
    });
});

describe('Entitlement Management in the test org', () => {
    const projectWith = (definition: unknown | null): string => {
        const root = mkdtempSync(join(tmpdir(), 'scratch-def-'));
        if (definition !== null) {
            mkdirSync(join(root, 'config'));
            writeFileSync(join(root, 'config', 'project-scratch-def.json'), JSON.stringify(definition));
        }
        return root;
    };

    it('is on as the scratch definition asks: the Entitlements feature or entitlementSettings.enableEntitlements', () => {
        expect(scratchOrgHasEntitlements(projectWith({ features: ['ServiceCloud', 'Entitlements'] }))).toBe(true);
        expect(scratchOrgHasEntitlements(projectWith({ features: [], settings: { entitlementSettings: { enableEntitlements: true } } }))).toBe(true);
        expect(scratchOrgHasEntitlements(projectWith({ features: ['ServiceCloud'] }))).toBe(false);
        expect(scratchOrgHasEntitlements(projectWith(null))).toBe(false);
    });

    it('detects the Entitlement type with Type.forName only where the org has it', () => {
        const source = "public class T { public static Object run() { return Type.forName('Schema.Entitlement') != null; } }";
        const answer = (entitlements: boolean) => {
            const runtime = sourceRuntime({ 'T.cls': source }, { clock: { instant: '2026-03-04T15:00:00Z', timeZone: 'UTC' }, entitlements });
            runtime.interpreter.resetTransaction();
            return call(runtime, 'T').text;
        };
        expect(answer(true)).toBe('true');
        expect(answer(false)).toBe('false');
    });
});
